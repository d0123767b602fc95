package io.xunlu.extract.count;

import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.number.ContextWords;
import io.xunlu.text.CodePoints;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a count's subject stands: the noun phrase after the figure (52个|项目) or the one before
 * it (亿元以上项目|23个), cut after the sentence's verb, with the status verbs a project head keeps
 * (集中开工项目). Immutable.
 */
final class CountSubjects {
    /** Longest subject read on either side of the figure. */
    private static final int SUBJECT_REACH = 14;

    private final CountWords words;
    private final ContextWords context = ContextWords.get();

    CountSubjects(CountWords words) { this.words = words; }

    /** Where the subject starts once the verbs right before a bare project head are taken in (开工|项目 → 集中开工项目). */
    int statusVerbs(String text, TokenIndex tokens, int start, String subject, int floor) {
        int head = words.statusHeads().longestEndingAt(subject, subject.length(), 0);
        if (head == 0) return start;
        // what stands before the head in the subject must itself be verbs (亿元以上项目 keeps its own words)
        for (int i = start; i < start + subject.length() - head; ) {
            Token t = tokens.at(i);
            if (t == null || t.start() != i || !isVerb(t)) return start;
            i = t.end();
        }
        int s = start;
        for (int k = 0; k < 3 && s > floor; k++) {
            Token t = tokens.at(s - 1);
            // 实施|技改项目, 累计|入驻项目: lead verbs and adverbs stay outside
            if (t == null || t.end() != s || t.start() < floor || !isVerb(t) || words.leads().longestStartingAt(t.word(), 0) == t.word().length()
                    || context.trim(t.word(), true).isEmpty()) break;
            s = t.start();
        }
        return s;
    }

    static boolean isVerb(Token t) {
        return t.tag().startsWith("v") || HanLPAnalyzer.isDictionaryVerb(t.word());
    }

    /** The subject is one verb and nothing else (围绕, 推动). */
    static boolean onlyVerb(TokenIndex tokens, int start, int end) {
        if (start >= end) return false;
        Token t = tokens.at(start);
        return t != null && t.start() == start && t.end() == end && t.tag().startsWith("v") && !t.tag().equals("vn");
    }

    /** End of the noun phrase right after a count (52个|项目), or {@code at} when none stands there. */
    int subjectAfter(String text, int at, TokenIndex tokens) {
        int i = at;
        int limit = Math.min(text.length(), at + SUBJECT_REACH);
        Token first = tokens.at(at);
        int headed = verbsBeforeHead(text, tokens, at);
        if (headed > at) return headed;                 // 12个签约项目, 24个在建项目: the event verbs name the kind of project
        if (first != null && first.start() == at && startsNoNoun(first)) return at; // 三个务必: no noun follows
        while (i < limit) {
            char c = text.charAt(i);
            Token t = tokens.at(i);
            // 9家单位领取奖牌: the noun phrase ends where a verb begins
            if (i > at && t != null && t.start() == i && t.tag().startsWith("v") && !t.tag().equals("vn")) break;
            if (CountExtractor.BREAKS.indexOf(c) >= 0 || c >= '0' && c <= '9' || c == '%') break;
            if (words.stops().longestStartingAt(text, i) > 0) break;
            // 9个外资项目中, : 中 closes the phrase when a clause break follows
            // (and 181个项目中有61个…: 中 then 有, 包括 or 含 opens the part that follows)
            if (c == '中' && i + 1 < text.length() && (CountExtractor.BREAKS.indexOf(text.charAt(i + 1)) >= 0
                    || "有包含".indexOf(text.charAt(i + 1)) >= 0)) break;
            i++;
        }
        if (i > at) i = CodePoints.wholeBackward(text, i); // the reach ended inside a surrogate pair: keep the whole character out
        return i;
    }

    /**
     * End of a project head (项目, 工程) that one or two verbs right at {@code at} lead to, nouns
     * between them (签约项目, 集中开工项目, 在建重点工业项目), or {@code at} when none does.
     */
    int verbsBeforeHead(String text, TokenIndex tokens, int at) {
        int i = at;
        for (int k = 0; k < 2; k++) {
            Token t = tokens.at(i);
            if (t == null || t.start() != i || !isVerb(t)) break;
            i = t.end();
        }
        if (i == at) return at;
        for (int j = i; j < Math.min(text.length(), at + SUBJECT_REACH); j++) {
            int head = words.statusHeads().longestStartingAt(text, j);
            if (head > 0) return j + head;
            Token t = tokens.at(j);
            if (CountExtractor.BREAKS.indexOf(text.charAt(j)) >= 0 || t != null && t.start() == j && isVerb(t) && !t.tag().equals("vn")) break;
        }
        return at;
    }

    /**
     * 转移受灾群众 → 被困群众, 排查消防隐患 → 安全隐患: the counted noun phrase begins after the
     * sentence's verb; of several verbs, the last that still leaves three characters (else two).
     */
    static int afterVerb(TokenIndex tokens, int start, int numberStart) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = start; i < numberStart; ) {
            Token t = tokens.at(i);
            if (t == null) {
                i++;
                continue;
            }
            boolean verb = t.word().length() >= 2 && t.tag().startsWith("v") && !t.tag().equals("vn")
                    || HanLPAnalyzer.isDictionaryVerb(t.word());
            if (verb && t.start() >= start && t.end() < numberStart) cuts.add(t.end());
            i = Math.max(i + 1, t.end());
        }
        for (int k = cuts.size() - 1; k >= 0; k--) if (numberStart - cuts.get(k) >= 3) return cuts.get(k);
        if (!cuts.isEmpty() && numberStart - cuts.get(cuts.size() - 1) >= 2) return cuts.get(cuts.size() - 1);
        return start;
    }

    static boolean startsNoNoun(Token t) {
        String tag = t.tag();
        return tag.startsWith("d") || tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u")
                || (tag.startsWith("v") && !tag.equals("vn"));
    }

    static int subjectStart(String text, int numberStart, int floor) {
        int i = numberStart;
        int limit = Math.max(floor, numberStart - SUBJECT_REACH);
        // 达 21 项: one space before a figure in digits
        if (i - 1 > limit && text.charAt(i - 1) == ' ' && i < text.length() && Character.isDigit(text.charAt(i))) i--;
        // “口袋书”29本: a quoted name right before the figure is the subject
        int quoted = quotedBefore(text, i, limit);
        if (quoted >= 0) return quoted;
        while (i > limit) {
            char c = text.charAt(i - 1);
            if (CountExtractor.BREAKS.indexOf(c) >= 0 || c == '%') break;
            // a digit belongs to the subject only inside a name such as 5G基站
            if (c >= '0' && c <= '9' && !(i < text.length() && Character.isLetter(text.charAt(i)) && text.charAt(i) < 128)) break;
            i--;
        }
        if (i < numberStart) i = CodePoints.wholeForward(text, i); // the reach ended inside a surrogate pair: keep the whole character out
        return i;
    }

    /** Where the quote closing right before {@code end} opens, within the reach; or -1. */
    private static int quotedBefore(String text, int end, int limit) {
        if (end == 0 || "”\"」’".indexOf(text.charAt(end - 1)) < 0) return -1;
        for (int i = end - 2; i >= limit; i--) {
            char c = text.charAt(i);
            if ("“\"「‘".indexOf(c) >= 0) return i < end - 2 ? i : -1;
            if (CountExtractor.BREAKS.indexOf(c) >= 0) return -1;
        }
        return -1;
    }

    /** 全区新签约亿元以上项目 → 亿元以上项目; 有出口业绩的企业达 → 企业. */
    String subjectBefore(String raw) {
        String s = context.trim(raw, true);
        int t = words.triggers().lastOccurrence(s, 0, s.length());
        if (t >= 0) s = context.trim(s.substring(t + words.triggers().longestStartingAt(s, t)), true);
        int de = s.lastIndexOf('的');
        if (de >= 0 && de + 1 < s.length()) s = s.substring(de + 1);
        int v = words.leads().lastOccurrence(s, 0, s.length());
        if (v >= 0) {
            int verbEnd = v + words.leads().longestStartingAt(s, v);
            if (verbEnd < s.length()) s = s.substring(verbEnd);
        }
        return context.trim(s, true);
    }
}
