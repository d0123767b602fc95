package io.xunlu.extract.place;

import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.List;

/**
 * Where a place name is only part of something else: a set phrase (中国特色社会主义, from
 * models/places/not-place-phrases.txt); an event counted by its edition, up to the event's head
 * (第五届某国—某国博览会, 2017某地·第九届…, 第23个中国记者节); an outlet's name (某地日报, 某地新闻网);
 * a slogan or brand in quotes («某地这十年», «数字某地·平安行») where the quote is more than the
 * place; a web page's breadcrumb or address line (新闻中心 > 某省 > 某市, 地址:某省某市…); and
 * the towns of a township (某某乡镇). Immutable, thread-safe.
 */
final class NonPlaceContexts {
    private static final int ORDINAL_REACH = 8;
    private static final int EVENT_REACH = 24;
    private static final int MAX_QUOTE = 24;
    private static final int MAX_LINE = 120;
    private static final String NUMERALS = "0123456789一二三四五六七八九十百零〇两";
    private static final List<String> EVENT_HEADS = List.of("会", "节", "展", "赛", "论坛", "峰会");
    /** What follows a place inside an outlet's name (某地日报, 某地网, 某地新闻, 某地频道). */
    private static final List<String> OUTLET_HEADS = List.of("日报", "晚报", "网", "新闻", "频道", "融媒", "在线", "电视台", "广播", "农村报", "商报", "讯");

    private final List<String> phrases = ModelFile.lines("places/not-place-phrases.txt").stream().map(String::strip).toList();

    /** The candidate at s is no place of its own. */
    boolean excludes(String text, LocalSpan s) {
        for (String p : phrases) if (text.startsWith(p, s.start())) return true;
        for (String h : OUTLET_HEADS) if (text.startsWith(h, s.end()) && !(h.equals("讯") && selfBefore(text, s.start()))) return true;
        if (text.charAt(s.end() - 1) == '乡' && text.startsWith("镇", s.end())) return true; // 城郊乡镇: the towns, not 城郊乡
        return inEvent(text, s.start()) || beforeEdition(text, s.end()) || inSlogan(text, s) || onNavigationLine(text, s.start());
    }

    /** 本报某地讯: the paper's own dateline names the place it reports from. */
    private static boolean selfBefore(String text, int start) {
        return start >= 2 && (text.startsWith("本报", start - 2) || text.startsWith("本网", start - 2) || text.startsWith("本台", start - 2));
    }

    /** 第22届某地…交易会: between an edition number and the event's head, names are part of the event. */
    private static boolean inEvent(String text, int start) {
        int from = Math.max(0, start - EVENT_REACH);
        for (int k = start - 1; k >= from; k--) {
            char c = text.charAt(k);
            if (c == '，' || c == ',' || c == '。' || c == '\n' || c == '；' || c == '、') return false;
            if ("届个次".indexOf(c) >= 0 && edition(text, k)) return !eventHeadWithin(text, k + 1, start) && headAhead(text, start);
        }
        return false;
    }

    /** A numeral before 届 (五届), or 第 + numeral before 个/次 (第23个). */
    private static boolean edition(String text, int k) {
        int d = k - 1;
        while (d >= 0 && NUMERALS.indexOf(text.charAt(d)) >= 0) d--;
        return d < k - 1 && (text.charAt(k) == '届' || d >= 0 && text.charAt(d) == '第');
    }

    /** 第十四次会议在某会堂: the event's name closed (its head, or 在/于) before the place. */
    private static boolean eventHeadWithin(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '在' || text.charAt(k) == '于') return true;
            for (String h : EVENT_HEADS) if (text.startsWith(h, k)) return true;
        }
        return false;
    }

    /** The event's head word follows within the clause. */
    private static boolean headAhead(String text, int start) {
        for (int k = start; k < Math.min(text.length(), start + EVENT_REACH); k++) {
            char c = text.charAt(k);
            if (c == '，' || c == ',' || c == '。' || c == '\n' || c == '；') return false;
            for (String h : EVENT_HEADS) if (text.startsWith(h, k)) return true;
        }
        return false;
    }

    /** 某地·第九届水晶博览会: the edition follows the name after a middle dot. */
    private static boolean beforeEdition(String text, int end) {
        int k = end;
        if (k < text.length() && text.charAt(k) == '·') k++;
        if (k == end || k >= text.length() || text.charAt(k) != '第') return false;
        int d = k + 1;
        while (d < text.length() && NUMERALS.indexOf(text.charAt(d)) >= 0) d++;
        return d > k + 1 && d < text.length() && text.charAt(d) == '届';
    }

    /**
     * Inside a short quotation that is more than the place (“某地这十年”, 「某地冬日快乐游」) the place
     * is part of a slogan or a brand; a quotation that is the name («某湖国家公园») is left to the
     * feature rules, which take it whole.
     */
    private static boolean inSlogan(String text, LocalSpan s) {
        int open = -1;
        for (int k = s.start() - 1; k >= Math.max(0, s.start() - MAX_QUOTE); k--) {
            char c = text.charAt(k);
            if (c == '”' || c == '」' || c == '\n') return false;
            if (c == '“' || c == '「') {
                open = k;
                break;
            }
        }
        if (open < 0) return false;
        for (int k = s.end(); k < Math.min(text.length(), open + MAX_QUOTE + 1); k++) {
            char c = text.charAt(k);
            if (c == '“' || c == '「' || c == '\n') return false;
            if (c == '”' || c == '」') return !(open + 1 == s.start() && k == s.end());
        }
        return false;
    }

    /** 新闻中心 > 某省 > 某市, 地址:某省某市…: a line of page navigation or contact details. */
    private static boolean onNavigationLine(String text, int start) {
        // navigation and contact lines are short: look no further than MAX_LINE either way
        int ls = start;
        while (ls > 0 && start - ls < MAX_LINE && text.charAt(ls - 1) != '\n') ls--;
        int le = start;
        while (le < text.length() && le - start < MAX_LINE && text.charAt(le) != '\n') le++;
        if (ls > 0 && text.charAt(ls - 1) != '\n' || le < text.length() && text.charAt(le) != '\n') return false;
        String line = text.substring(ls, le);
        int arrows = 0;
        for (int k = 0; k < line.length(); k++) if (line.charAt(k) == '>') arrows++;
        return arrows >= 2 && line.indexOf('<') < 0 || line.startsWith("地址") || line.contains("当前位置") || line.contains("您的位置") || line.contains("所在位置");
    }
}
