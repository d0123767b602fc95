package io.xunlu.extract.count;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.LocalSpan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups a total with the breakdown that follows it (其中 A n1、B n2 …, 分别为, 按…分) and says
 * whether the parts add up. Immutable.
 */
final class Breakdowns {
    /** A breakdown opens within this many characters of its total (共28个,总投资…,年度计划投资…。其中). */
    private static final int TRIGGER_REACH = 60;

    private final CountWords words;

    Breakdowns(CountWords words) { this.words = words; }

    /**
     * Attaches breakdowns: after a total, a trigger (其中, 分别为, 按…分, or 中, right after it) opens a
     * list of counts with the same measure that runs to the end of the sentence. A part after a
     * clause break that would push the sum past the total starts something new instead.
     */
    List<CountFinding> group(String text, List<RawCount> raws, int[] sentenceEnd, TokenIndex tokens) {
        List<CountFinding> out = new ArrayList<>();
        boolean[] isPart = new boolean[raws.size()];
        List<List<RawCount>> partsOf = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) partsOf.add(new ArrayList<>());
        for (int i = 0; i < raws.size(); i++) {
            if (isPart[i]) continue;
            int trigger = triggerAfter(text, raws.get(i), sentenceEnd);
            if (trigger < 0) continue;
            // the first count after the trigger picks its total: the nearest earlier one with its measure
            int first = -1;
            for (int j = i + 1; j < raws.size(); j++) if (raws.get(j).numberStart() >= trigger) { first = j; break; }
            if (first < 0 || isPart[first]) continue;
            int total = -1;
            for (int k = first - 1; k >= i; k--) {
                if (!isPart[k] && sameKind(raws.get(k).measure(), raws.get(first).measure()) && raws.get(k).end() <= trigger) { total = k; break; }
            }
            if (total < 0 || total != i && triggerAfter(text, raws.get(total), sentenceEnd) != trigger) continue;
            RawCount t = raws.get(total);
            int listEnd = sentenceEnd[trigger];
            BigDecimal sum = BigDecimal.ZERO;
            int prevEnd = trigger;
            for (int j = first; j < raws.size() && raws.get(j).start() < listEnd; j++) {
                RawCount part = raws.get(j);
                if (!sameKind(part.measure(), t.measure()) || part.value().compareTo(t.value()) >= 0) break;
                if (newClauseBetween(text, tokens, prevEnd, part.start())) break;
                boolean listed = onlyEnumerationBetween(text, prevEnd, part.start());
                if (!listed && sum.add(part.value()).compareTo(t.value()) > 0) break;
                partsOf.get(total).add(part);
                isPart[j] = true;
                sum = sum.add(part.value());
                prevEnd = part.end();
            }
        }
        for (int i = 0; i < raws.size(); i++) {
            if (isPart[i]) continue;
            RawCount r = raws.get(i);
            List<CountPartFinding> parts = new ArrayList<>();
            BigDecimal sum = null;
            for (RawCount p : partsOf.get(i)) {
                parts.add(new CountPartFinding(new LocalSpan(p.start(), p.end()), p.subject(), p.value(), p.measure()));
                sum = sum == null ? p.value() : sum.add(p.value());
            }
            out.add(new CountFinding(new LocalSpan(r.start(), r.end()), r.subject(), r.value(), r.measure(), parts, sum,
                    consistency(r.value(), sum, parts.size()), r.rule()));
        }
        return out;
    }

    /**
     * 重大项目145项, 其中…26个: measures that count the same kind of thing (项 and 个 for projects,
     * 名, 人 and 位 for people) join a total and its parts.
     */
    private static boolean sameKind(String a, String b) {
        if (a.equals(b)) return true;
        for (String group : SAME_KIND) if (group.indexOf(a) >= 0 && group.indexOf(b) >= 0 && a.length() == 1 && b.length() == 1) return true;
        return false;
    }

    /** Groups of one-character measures that count the same kind of thing. */
    private static final String[] SAME_KIND = {"个個项項", "名人位"};

    /**
     * Equal → true; more than the total → false; less → null when one or two parts are singled
     * out (其中外资项目4个), false when three or more read as the whole breakdown yet fall short.
     */
    static Boolean consistency(BigDecimal total, BigDecimal sum, int parts) {
        if (sum == null) return null;
        int c = sum.compareTo(total);
        if (c == 0) return true;
        if (c > 0) return false;
        return parts >= 3 ? Boolean.FALSE : null;
    }

    /** Start of the breakdown opened after this total, in its sentence or at the head of the next; or -1. */
    int triggerAfter(String text, RawCount total, int[] sentenceEnd) {
        int at = total.end();
        if (text.startsWith("中,", at) || text.startsWith("中有", at)) return at + 2;     // 9个外资项目中, 亚洲项目3个 …; 181个项目中有…61个
        int end = sentenceEnd[at];
        // a trigger further than the reach is another sentence's business; also keeps the scan linear
        for (int i = at; i < Math.min(end, at + TRIGGER_REACH); i++) {
            int opened = opensBreakdown(text, i);
            // 涵盖电子信息、生物医药等领域。其中…: a trigger whose clause holds no figure lists kinds, not parts
            if (opened > 0 && figureBefore(text, opened, Math.min(end, opened + TRIGGER_REACH))) return opened;
        }
        return end + 1 < text.length() ? opensBreakdown(text, end + 1) : -1;
    }

    /** A digit or a Chinese numeral in [from, to). */
    private static boolean figureBefore(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9' || NUMERALS.indexOf(c) >= 0) return true;
        }
        return false;
    }

    private static final String NUMERALS = "一二三四五六七八九十两百千万";

    int opensBreakdown(String text, int i) {
        int len = words.triggers().longestStartingAt(text, i);
        return len > 0 ? i + len : byCategory(text, i);
    }

    /** 按行业分, : a breakdown by category opening a clause; returns where it ends, or -1. */
    static int byCategory(String text, int i) {
        if (text.charAt(i) != '按' || i > 0 && CountExtractor.BREAKS.indexOf(text.charAt(i - 1)) < 0 && text.charAt(i - 1) != '。') return -1;
        for (int j = i + 1; j < Math.min(text.length(), i + 10); j++) {
            if (text.charAt(j) == '分' && j + 1 < text.length() && CountExtractor.BREAKS.indexOf(text.charAt(j + 1)) >= 0) return j + 2;
            if (CountExtractor.BREAKS.indexOf(text.charAt(j)) >= 0) return -1;
        }
        return -1;
    }

    /** For every position, where its sentence ends (。 ! ? or a line break), computed in one pass. */
    static int[] sentenceEnds(String text) {
        int[] ends = new int[text.length() + 1];
        int end = text.length();
        ends[end] = end;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '。' || c == '\n' || c == '!' || c == '?') end = i;
            ends[i] = end;
        }
        return ends;
    }

    /** A semicolon and then a verb of its own (…46个;新转化达产…46个): the breakdown has ended. */
    boolean newClauseBetween(String text, TokenIndex tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ';' && text.charAt(k) != '；') continue;
            if (words.leads().lastOccurrence(text, k, to) >= 0) return true;
            for (int i = k + 1; i < to; i++) {
                Token t = tokens.at(i);
                if (t != null && t.start() == i && t.tag().startsWith("v") && !t.tag().equals("vn")) return true;
            }
            return false;
        }
        return false;
    }

    /** Between two parts only a list mark (、) and no clause of its own. */
    static boolean onlyEnumerationBetween(String text, int from, int to) {
        if (from >= to) return true;
        String gap = text.substring(from, to);
        return gap.equals("、") || gap.isBlank();
    }
}
