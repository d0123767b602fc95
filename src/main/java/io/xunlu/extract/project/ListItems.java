package io.xunlu.extract.project;

import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.LocalSpan;
import java.util.List;

/**
 * One item of a list of projects, cleaned: no 的-phrase before it, the firm before it set aside as
 * its investor, a note in parentheses after it dropped, a place before a quoted name dropped; and
 * two items 和/及 joins after a whole work (某某大桥及某某绿道项目).
 */
final class ListItems {
    /** An item longer than this is a clause, not a name. */
    static final int MAX_ITEM = 48;

    /** Legal forms that end a firm's name: a firm before an item invests in it. */
    private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司", "分公司", "公司");

    /** A short parenthetical after an item that only notes what it covers ((不含示范段), (含配套)). */
    private static final List<String> NOTES = List.of("含", "不含", "包括", "包含", "即");

    private final ProjectStatus statuses;
    private final ProjectNaming naming;

    ListItems(ProjectStatus statuses, ProjectNaming naming) {
        this.statuses = statuses;
        this.naming = naming;
    }

    /** An item ends at a 等 of its own (A等83个新建项目、B等202个续建项目). */
    static LocalSpan untilEtc(String text, TokenIndex tokens, LocalSpan raw) {
        int k = TopLevel.firstTopLevel(text, '等', raw.start(), raw.end());
        if (k < 0 || tokens.at(k) != null && !(tokens.startsAt(k) && tokens.endsAt(k + 1))) return raw;
        return new LocalSpan(raw.start(), k);
    }

    /** One item cleaned: no 的-phrase before it, the firm before it set aside as investor, a place before a quoted name dropped. */
    ProjectLists.Item item(String text, TokenIndex tokens, LocalSpan raw, LocalSpan whole, boolean explicit) {
        int s = raw.start();
        int e = raw.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e - s > MAX_ITEM) return null;
        int de = TopLevel.lastTopLevel(text, '的', s, e);
        if (de >= 0) s = de + 1;
        LocalSpan investor = null;
        int firm = firmEnd(text, s, e);
        if (firm > s && firm < e) {
            investor = new LocalSpan(s, firm);
            s = firm;
        }
        e = withoutNote(text, s, e);
        // “某某项目” or 某市“某某中心”: a quoted name is the item's name, the place before it only locates it
        for (int i = s; i < e; i++) if (statuses.verbEnd(text, tokens, i) > 0) return null; // 某集团签约合作实施: a clause
        boolean quoted = false;
        if (e - s >= 4 && "”」".indexOf(text.charAt(e - 1)) >= 0) {
            int q = lastIn(text, text.charAt(e - 1) == '”' ? "“" : "「", s, e - 1);
            if (q >= s && (q == s || PhraseShapes.isPlace(text, tokens, s, q) || q - s <= 4 && "省市县区镇乡村".indexOf(text.charAt(q - 1)) >= 0)) {
                s = q + 1;
                e = e - 1;
                quoted = true;
            }
        }
        if (!naming.namesItem(text, tokens, s, e, explicit || quoted || investor != null)) return null;
        return new ProjectLists.Item(new LocalSpan(s, e), investor, whole, new LocalSpan(Math.min(s, raw.start()), Math.max(e, raw.end())));
    }

    /** 龙潭大桥及绿道建设项目: 和/及/以及 after a whole work join two items; 湿地公园提升及防洪堤项目 is one. */
    List<LocalSpan> splitJoined(String text, LocalSpan item) {
        int depth = 0;
        for (int i = item.start() + 2; i < item.end() - 2; i++) {
            char c = text.charAt(i);
            if (TopLevel.OPEN.indexOf(c) >= 0) depth++;
            else if (TopLevel.CLOSE.indexOf(c) >= 0) depth = Math.max(0, depth - 1);
            if (depth > 0) continue;
            int len = text.startsWith("以及", i) ? 2 : (c == '和' || c == '及') ? 1 : 0;
            if (len == 0 || !endsOnWork(text, item.start(), i)) continue;
            return List.of(new LocalSpan(item.start(), i), new LocalSpan(i + len, item.end()));
        }
        return List.of(item);
    }

    private boolean endsOnWork(String text, int s, int e) {
        return naming.endsOnWork(text.substring(s, e));
    }

    /** The end of the last legal form (有限公司 …) in the item, or s. */
    private static int firmEnd(String text, int s, int e) {
        int best = s;
        for (String f : LEGAL_FORMS) {
            int k = lastIn(text, f, s, e);
            if (k >= s && k + f.length() > best) best = k + f.length();
        }
        return best;
    }

    /** 某某工程项目(不含示范段): a closing parenthetical that notes what is covered is no part of the name. */
    private static int withoutNote(String text, int s, int e) {
        if (e - s < 4 || ")）".indexOf(text.charAt(e - 1)) < 0) return e;
        int open = Math.max(lastIn(text, "(", s, e - 1), lastIn(text, "（", s, e - 1));
        if (open <= s) return e;
        for (String n : NOTES) if (text.startsWith(n, open + 1)) return open;
        // 绿色铸锻产业园(汽车零部件制造基地): another name for the same work; a phase or section stays ((二期), (福州段))
        return "期段".indexOf(text.charAt(e - 2)) >= 0 ? e : open;
    }

    /** The last w inside [s, e), or -1: searched within the item only, so that reading every item stays linear. */
    private static int lastIn(String text, String w, int s, int e) {
        for (int k = e - w.length(); k >= s; k--) if (text.startsWith(w, k)) return k;
        return -1;
    }
}
