package io.xunlu.extract.project;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.PhraseStart;
import io.xunlu.extract.place.Gazetteer;
import java.util.List;
import java.util.Set;

/**
 * Shapes of a phrase that tell a name from a clause, a count, a place or a description: a
 * preposition of the sentence inside it, a person who acts, a count, a place alone, a size class,
 * the complement of 成为. Read from the text and HanLP's tags only.
 */
final class PhraseShapes {
    private PhraseShapes() {}

    /** Digits and numerals, and the measure words after them, that make a count (76个, 四个, 六大). */
    private static final String NUMERALS = "0123456789一二三四五六七八九十两百千万几";
    private static final String MEASURES = "个项家类批座所条大";

    /** Event verbs that, right before 项目, say which projects (签约项目, 开工建设项目, 竣工项目). */
    private static final List<String> EVENT_KINDS = List.of("开工建设", "开工", "签约", "竣工", "投产", "开复工", "开竣工", "开(竣)工", "开（竣）工",
            "开(复)工", "在建", "续建");

    /** The phrase ends on an event verb right before its head (签约项目, 开工建设项目). */
    static boolean endsOnEvent(String text, int headStart) {
        for (String v : EVENT_KINDS) if (headStart >= v.length() && text.startsWith(v, headStart - v.length())) return true;
        return false;
    }

    /** Verbs after which a phrase says what something is or becomes (将成为全国最大的…基地), not which work. */
    private static final Set<String> COPULAS = Set.of("成为", "作为", "列为", "打造成", "建设成");

    /** How far back in its clause the verb a predicate phrase completes may stand (成为全省最大的…基地). */
    private static final int PREDICATE_REACH = 12;

    /** The phrase at start is the complement of 成为, 作为 … (modifiers between): a description, not a name. */
    static boolean isPredicate(String text, TokenIndex tokens, int start) {
        int k = start;
        while (k > 0 && start - k <= PREDICATE_REACH && !PhraseStart.isBoundary(text.charAt(k - 1))) {
            Token t = tokens.at(k - 1);
            if (t == null) return false;
            if (COPULAS.contains(t.word())) return true;
            if (t.tag().startsWith("v") && !t.tag().equals("vn")) return false;
            k = t.start();
        }
        return false;
    }

    /** A person's name opens [s, e) and a verb follows it (张某代表县委). */
    static boolean personActs(TokenIndex tokens, int s, int e) {
        Token first = tokens.at(s);
        if (first == null || first.start() != s || !first.tag().startsWith("nr") || first.end() >= e) return false;
        Token next = tokens.at(first.end());
        return next != null && next.start() == first.end() && (next.tag().equals("v") || next.tag().equals("vi"));
    }

    /** Prepositions names hold: 某某至某某铁路 (a route), 装备用面板 (a use). */
    private static final Set<String> ROUTE_OR_USE = Set.of("用", "至", "到", "与", "和", "及");

    /** A preposition of the sentence (在, 向, 对, 从 …) stands in [s, e). */
    static boolean holdsPreposition(TokenIndex tokens, int s, int e) {
        for (int i = s; i < e; i++) {
            Token t = tokens.at(i);
            if (t == null) continue;
            if (t.start() == i && t.tag().equals("p") && !ROUTE_OR_USE.contains(t.word())) return true;
            i = Math.max(i, t.end() - 1);
        }
        return false;
    }

    /** 新开工项目41个: a count closes the phrase. */
    static boolean endsOnCount(String item) {
        int k = item.length();
        if (k < 2 || MEASURES.indexOf(item.charAt(k - 1)) < 0) return false;
        return NUMERALS.indexOf(item.charAt(k - 2)) >= 0;
    }

    /** [s, e) is one division or feature of the gazetteer. */
    static boolean isDivision(String text, int s, int e) {
        var place = Gazetteer.standard().prefixAt(text, s);
        return place.isPresent() && place.get().span().end() == e;
    }

    /** [s, e) is one place name (a county, a district, a feature HanLP knows). */
    static boolean isPlace(String text, TokenIndex tokens, int s, int e) {
        var place = Gazetteer.standard().prefixAt(text, s);
        if (place.isPresent() && place.get().span().end() == e) return true;
        Token t = tokens.at(s);
        return t != null && t.start() == s && t.end() == e && t.tag().startsWith("ns");
    }

    /** 76个产业项目, 四个非生产性项目, 六大重点领域: a number and a measure word open a count, not a name. */
    static boolean isCount(String item) {
        int k = 0;
        while (k < item.length() && NUMERALS.indexOf(item.charAt(k)) >= 0) k++;
        if (k == 1 && "万千百".indexOf(item.charAt(0)) >= 0) return false; // 万家兴…: a magnitude alone opens names
        return k > 0 && k < item.length() && MEASURES.indexOf(item.charAt(k)) >= 0;
    }

    /** Where a place name opening the phrase at start ends (gazetteer, two characters at least, or HanLP's ns), else start. */
    static int placeEnd(String text, TokenIndex tokens, int start) {
        var place = Gazetteer.standard().prefixAt(text, start);
        int end = place.isPresent() && place.get().span().length() >= 2 ? place.get().span().end() : start;
        Token t = tokens.at(start);
        if (t != null && t.start() == start && t.tag().startsWith("ns")) end = Math.max(end, t.end());
        return end;
    }

    /** 百亿级, 10亿元级, 千亿级: a figure and 级 (高纯硅材料 is a grade, not a size class). */
    static boolean isSizeClass(String s) {
        int k = s.indexOf('级');
        while (k > 0) {
            char c = s.charAt(k - 1);
            if (c == '元' || c == '亿' || c == '万' || c == '千' || c == '百' || Character.isDigit(c)) return true;
            k = s.indexOf('级', k + 1);
        }
        return false;
    }

    /** A name, place or figure in the phrase: 清水河特大桥工程, 年产8万吨高端铝材项目. */
    static boolean hasProperName(String text, TokenIndex tokens, int start, int headStart) {
        return hasProperName(text, tokens, start, headStart, false);
    }

    /**
     * As above; strict, only a person's or a place's name or a figure counts: HanLP's nz and nt
     * also tag trade words and phrases (光伏/nz, 建成某某园/nt).
     */
    static boolean hasProperName(String text, TokenIndex tokens, int start, int headStart, boolean strict) {
        for (int i = start; i < headStart; ) {
            if (Character.isDigit(text.charAt(i))) return true;
            Token t = tokens.at(i);
            if (t == null) {
                i++;
                continue;
            }
            String tag = t.tag();
            if (tag.startsWith("ns") || tag.startsWith("nr") || !strict && (tag.startsWith("nz") || tag.startsWith("nt"))) return true;
            i = Math.max(i + 1, t.end());
        }
        var place = Gazetteer.standard().prefixAt(text, start);
        return place.isPresent() && (!strict || place.get().span().length() >= 2); // 高 of 高端 is no 高县
    }

    static boolean isModifierWord(Token t) {
        String tag = t.tag();
        return tag.equals("n") || tag.equals("nz") || tag.equals("b") || tag.equals("a") || tag.equals("vn") || tag.equals("gi");
    }

    /** k starts a word right after a verb (既有高端化工): the conjunct begins where its phrase does. */
    static boolean afterVerb(TokenIndex tokens, int k) {
        Token prev = tokens.at(k - 1);
        return prev != null && prev.end() == k && prev.tag().startsWith("v");
    }
}
