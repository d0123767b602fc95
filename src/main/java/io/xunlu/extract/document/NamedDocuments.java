package io.xunlu.extract.document;

import io.xunlu.extract.LocalSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents named without 《》: after an issuing verb, a phrase ending in a document's head noun
 * (省政府下发了高风险场所安全治理方案,), a quoted plan's short name before 规划 or 纲要 (“十二五”规划),
 * and the names of kinds that are documents on their own (政府工作报告). One pass; every look is
 * bounded by {@link #MAX_NAME}, so the cost is linear. Immutable.
 */
final class NamedDocuments {
    /** Longest unbracketed title read after an issuing verb; longer phrases are sentences, not names. */
    private static final int MAX_NAME = 30;
    /** What may close an unbracketed title: a clause break, or 精神 (学习贯彻…方案精神). */
    private static final String BREAKS = ",;。:!?、()\n\"“”";
    /** First characters of a phrase that counts or points rather than names (一系列措施, 多项政策, 相关方案). */
    private static final String NOT_A_NAME = "一二三四五六七八九十两多若相有新该此这各其全系并不和及";
    /** Shortest unbracketed name: 月度检查计划, 志愿服务项目清单 and their like name kinds, not titles. */
    private static final int MIN_NAME = 10;

    /** A document named in the text: its span and the rule that found it. */
    record Named(LocalSpan span, String rule) {}

    private final DocumentLexicon lex;

    NamedDocuments(DocumentLexicon lex) { this.lex = lex; }

    /** The unbracketed document names of s (the matching view), in text order, outside the given titles. */
    List<Named> find(String s, boolean[] inTitle) {
        List<Named> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (inTitle[i]) {
                i++;
                continue;
            }
            Named n = afterVerb(s, i);
            if (n == null) n = quotedPlan(s, i);
            if (n == null) n = namedKind(s, i);
            if (n == null) n = numberedFile(s, i);
            if (n == null || overlapsTitle(inTitle, n.span())) {
                i++;
                continue;
            }
            out.add(n);
            i = n.span().end();
        }
        return out;
    }

    /** 下发了高风险场所安全治理方案, : the name runs from the verb to a head noun right before a break. */
    private Named afterVerb(String s, int i) {
        String verb = DocumentLexicon.startingAt(lex.issuingVerbs, s, i);
        if (verb == null) return null;
        int start = i + verb.length();
        if (start < s.length() && s.charAt(start) == '了') start++;
        if (start >= s.length() || s.charAt(start) == '《' || NOT_A_NAME.indexOf(s.charAt(start)) >= 0) return null;
        for (int end = start + 2; end <= Math.min(s.length(), start + MAX_NAME); end++) {
            char c = s.charAt(end - 1);
            if (BREAKS.indexOf(c) >= 0 || !Character.isIdeographic(c) && !Character.isLetterOrDigit(c)) return null;
            if (end < s.length() && BREAKS.indexOf(s.charAt(end)) < 0) continue;
            String head = DocumentLexicon.endingAt(lex.headNouns, s, end);
            // a two-character head, a name long enough to be one, and no verb of the sentence (完善了…体系)
            if (head == null || head.length() < 2 || end - start < MIN_NAME || s.substring(start, end).contains("了")) return null;
            return new Named(new LocalSpan(start, end), "issuing-verb+head-noun");
        }
        return null;
    }

    /**
     * “十二五”规划, “十四五”纲要: a five-year plan named by its number is the plan's document. Other
     * quoted names before 规划 (“一核六区”规划) name a layout or a slogan more often than a document.
     */
    private Named quotedPlan(String s, int i) {
        if (s.charAt(i) != '“' || i + 4 >= s.length() || s.charAt(i + 4) != '”') return null;
        if (s.charAt(i + 1) != '十' || s.charAt(i + 3) != '五' || PLAN_NUMBERS.indexOf(s.charAt(i + 2)) < 0) return null;
        int close = i + 4;
        if (!(s.startsWith("规划", close + 1) || s.startsWith("纲要", close + 1))) return null;
        return new Named(new LocalSpan(i, close + 3), "quoted-plan");
    }

    /** The middle numeral of a five-year plan (十一五 … 十九五). */
    private static final String PLAN_NUMBERS = "一二三四五六七八九";

    /**
     * 中央12号文件, 省政府3号文件: a document named by its number, with the body that numbered it where
     * one stands right before (its level character too: 省政府, 市委).
     */
    private Named numberedFile(String s, int i) {
        if (!isNumeral(s.charAt(i)) || i > 0 && isNumeral(s.charAt(i - 1))) return null;
        int j = i;
        while (j < s.length() && j - i < 4 && isNumeral(s.charAt(j))) j++;
        if (!s.startsWith("号文件", j)) return null;
        int start = i;
        String body = DocumentLexicon.endingAt(lex.issuerHeads, s, i);
        if (body != null) {
            start = i - body.length();
            if (start > 0 && LEVELS.indexOf(s.charAt(start - 1)) >= 0) start--;
        }
        return new Named(new LocalSpan(start, j + 3), "numbered-file");
    }

    /** The body a numbered file's title opens with (中央 of 中央12号文件), or null. */
    static LocalSpan numberingBody(String s, LocalSpan title) {
        int k = title.start();
        while (k < title.end() && !isNumeral(s.charAt(k))) k++;
        return k > title.start() ? new LocalSpan(title.start(), k) : null;
    }

    /** Level characters that open a body's short name (省政府, 市委). */
    private static final String LEVELS = "省市县区州乡镇";

    private static boolean isNumeral(char c) {
        return c >= '0' && c <= '9' || "一二三四五六七八九十〇零两".indexOf(c) >= 0;
    }

    private Named namedKind(String s, int i) {
        String name = DocumentLexicon.startingAt(lex.namedTitles, s, i);
        return name == null ? null : new Named(new LocalSpan(i, i + name.length()), "named-kind");
    }

    private static boolean overlapsTitle(boolean[] inTitle, LocalSpan span) {
        for (int k = span.start(); k < span.end(); k++) if (inTitle[k]) return true;
        return false;
    }
}
