package io.xunlu.extract;

import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.place.Gazetteer;
import io.xunlu.extract.place.Regions;
import io.xunlu.models.ModelFile;
import io.xunlu.text.CodePoints;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a noun phrase that ends at a known head (a post, an organization suffix, 项目) begins: run
 * left to punctuation, then cut after the last stop word or the last word HanLP tags as a verb,
 * preposition, conjunction, adverb, pronoun, particle, time or locative. Titles, organizations,
 * projects and person roles all end on a head and begin this way.
 */
public final class PhraseStart {
    private static final Set<String> STOP_TAG_PREFIXES = Set.of("v", "p", "c", "d", "r", "u", "t", "y", "e", "o", "f");
    private static final Set<String> KEEP_TAGS = Set.of("vn", "nnt", "nis", "vf", "tg");

    private final List<String> stopWords;
    private final Set<String> stopWordSet;
    private final Map<Character, List<String>> stopWordsByFirst = new HashMap<>();

    public PhraseStart() {
        List<String> l = new ArrayList<>(ModelFile.lines("phrases/stop-words.txt").stream().map(String::strip).toList());
        l.sort(Comparator.comparingInt(String::length).reversed());
        stopWords = List.copyOf(l);
        stopWordSet = Set.copyOf(l);
        for (String w : stopWords) if (w.length() >= 2) stopWordsByFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
    }

    /** The start of the phrase that ends at {@code end} (head included), at most maxLen chars long. */
    public int startBefore(String text, TokenIndex tokens, int headStart, int maxLen) {
        return startBefore(text, tokens, headStart, maxLen, true);
    }

    /**
     * As {@link #startBefore(String, TokenIndex, int, int)}; with verbsStop false a verb inside the
     * phrase does not end it (project names hold verbs: 综合管廊, 提标改造), but a phrase still does
     * not begin with a verb or a preposition glued to a level (从市城管局 → 市城管局).
     */
    public int startBefore(String text, TokenIndex tokens, int headStart, int maxLen, boolean verbsStop) {
        return start(text, tokens, headStart, maxLen, t -> stopWordSet.contains(t.word())
                || (isStop(t) && (verbsStop || !t.tag().startsWith("v") || HanLPAnalyzer.isDictionaryVerb(t.word()))));
    }

    /**
     * The phrase before a project head: punctuation and stop words bound it, but not HanLP's tags,
     * since project names hold prepositions, conjunctions and verbs (装备用超薄面板及背板项目).
     */
    public int nameStartBefore(String text, TokenIndex tokens, int headStart, int maxLen) {
        return start(text, tokens, headStart, maxLen, t -> stopWordSet.contains(t.word()) || isSentenceWord(t));
    }

    /** Left to punctuation (at most maxLen), past the last stop word, past the last token that stops. */
    private int start(String text, TokenIndex tokens, int headStart, int maxLen, Predicate<Token> stops) {
        int s = headStart;
        while (s > 0 && headStart - s < maxLen && !isBoundary(text.charAt(s - 1))) s--;
        s = CodePoints.wholeForward(text, s);
        s = afterLastStopWord(text, tokens, s, headStart);
        for (int i = s; i < headStart; ) {
            Token t = tokens.at(i);
            if (t == null) {
                i++;
                continue;
            }
            if (t.start() >= s && t.end() <= headStart && stops.test(t)) s = t.end();
            i = Math.max(i + 1, t.end());
        }
        return withBoundMorpheme(tokens, trimLeadingVerbs(text, tokens, s, headStart), headStart);
    }

    /**
     * 临/v 港/ng 产业园: a one-character bound morpheme (ng, vg, ag) cannot open a name; the
     * one-character word HanLP split off before it belongs to it.
     */
    private static int withBoundMorpheme(TokenIndex tokens, int s, int headStart) {
        Token t = tokens.at(s);
        if (t == null || t.start() != s || t.end() - t.start() != 1 || t.end() >= headStart) return s;
        String tag = t.tag();
        if (!(tag.equals("ng") || tag.equals("vg") || tag.equals("ag"))) return s;
        Token p = s > 0 ? tokens.at(s - 1) : null;
        if (p == null || p.end() != s || p.end() - p.start() != 1 || !(p.tag().startsWith("v") || p.tag().startsWith("a") || p.tag().startsWith("n"))) return s;
        return p.start();
    }

    /** Words that belong to the sentence around a name, never inside one: pronouns, particles, time words, 是. */
    private static boolean isSentenceWord(Token t) {
        String tag = t.tag();
        return tag.startsWith("r") || tag.startsWith("u") || tag.equals("vshi") || tag.startsWith("y")
                || tag.startsWith("d");
    }

    /** 助力恒远集团 → 恒远集团; 从市城管局 → 市城管局: a phrase does not begin with an action. */
    private static int trimLeadingVerbs(String text, TokenIndex tokens, int s, int headStart) {
        s = afterGluedPreposition(text, tokens, s, headStart);
        s = afterGluedVerb(text, tokens, s, headStart);
        for (int guard = 0; guard < 4 && s < headStart; guard++) {
            Token t = tokens.at(s);
            if (t == null || t.start() != s || t.end() >= headStart) break;
            if (!(t.tag().startsWith("v"))) break;
            s = t.end();
        }
        if (s + 1 < headStart && "从在向对由与和据经将把被为给让请".indexOf(text.charAt(s)) >= 0
                && ("市县区省镇乡".indexOf(text.charAt(s + 1)) >= 0 || placeStartsAfterPreposition(text, s))) s++;
        return s;
    }

    /**
     * Past the last multi-character stop word inside [s, headStart), scanning only that window
     * (a bounded window per phrase keeps the whole scan linear in the text).
     */
    private int afterLastStopWord(String text, TokenIndex tokens, int s, int headStart) {
        int best = s;
        for (int k = s; k < headStart; k++) {
            List<String> cands = stopWordsByFirst.get(text.charAt(k));
            if (cands == null) continue;
            for (String w : cands) {
                int e = k + w.length();
                if (e <= headStart && e > best && text.startsWith(w, k)
                        && (tokenAligned(tokens, k, e) || insideSwallowingToken(tokens, k))) best = e;
            }
        }
        return best;
    }

    /** HanLP's organization tag swallows neighbours (记者从南阳海关/nt): a stop word inside one still stops. */
    private static boolean insideSwallowingToken(TokenIndex tokens, int k) {
        Token t = tokens.at(k);
        return t != null && t.tag().startsWith("nt") && t.start() <= k;
    }

    /** A stop word counts only where HanLP sees it as a word of its own (不 inside 不锈钢 is not 不). */
    private static boolean tokenAligned(TokenIndex tokens, int s, int e) {
        return tokens.startsAt(s) && tokens.endsAt(e);
    }

    /**
     * HanLP's organization tag glues a preposition into the name (何文静为市财政局/nt): past the last
     * preposition inside such a token that a level or a place name follows.
     */
    private static int afterGluedPreposition(String text, TokenIndex tokens, int s, int headStart) {
        int best = s;
        for (int k = s + 1; k + 1 < headStart; k++) {
            if ("为从在向由与和对将".indexOf(text.charAt(k)) < 0) continue;
            Token t = tokens.at(k);
            if (t == null || !t.tag().startsWith("nt")) continue;
            // 县信用社向华宇纺织有限公司/nt: a preposition after a body's name opens the next one
            boolean afterBody = "行司团局委院会社厂所".indexOf(text.charAt(k - 1)) >= 0;
            if (t.start() == k && !afterBody) continue;
            if (afterBody || "市县区省镇乡".indexOf(text.charAt(k + 1)) >= 0 || placeStartsAfterPreposition(text, k)) best = k + 1;
        }
        return best;
    }

    /**
     * HanLP's organization tag can swallow the verb before a name too (合建苏南理工学院研究中心/nt): a
     * two-character dictionary verb opening such a token, with a place or a region right after it, is no part of the name.
     */
    private static int afterGluedVerb(String text, TokenIndex tokens, int s, int headStart) {
        Token t = tokens.at(s);
        if (t == null || t.start() != s || !t.tag().startsWith("nt") || s + 4 > headStart) return s;
        if (!HanLPAnalyzer.isDictionaryVerb(text.substring(s, s + 2))) return s;
        var place = Gazetteer.standard().prefixAt(text, s + 2);
        boolean named = place.isPresent() && place.get().span().length() >= 2;
        for (int len = 2; !named && len <= 4 && s + 2 + len <= headStart; len++) named = Regions.standard().isRegion(text.substring(s + 2, s + 2 + len));
        return named ? s + 2 : s;
    }

    /** 从南阳海关: a place name starts after the preposition, and the two together are no place (和平区 is one). */
    private static boolean placeStartsAfterPreposition(String text, int s) {
        Gazetteer g = Gazetteer.standard();
        var after = g.prefixAt(text, s + 1);
        if (after.isEmpty() || after.get().span().length() < 2) return false;
        var whole = g.prefixAt(text, s);
        return whole.isEmpty() || whole.get().span().end() <= after.get().span().end() - 1;
    }

    private boolean isStop(Token t) {
        if (stopWordSet.contains(t.word())) return true;
        String tag = t.tag();
        // 10日/mq, 三月/mq: a date HanLP tagged as a numeral phrase is still a time word
        if (tag.startsWith("m") && t.word().length() >= 2 && "年月日时号".indexOf(t.word().charAt(t.word().length() - 1)) >= 0
                && (Character.isDigit(t.word().charAt(0)) || "一二三四五六七八九十〇".indexOf(t.word().charAt(0)) >= 0)) return true;
        if (KEEP_TAGS.contains(tag)) return false;
        for (String p : STOP_TAG_PREFIXES) if (tag.startsWith(p)) return true;
        return false;
    }

    public static boolean isBoundary(char c) {
        return c == '，' || c == ',' || c == '。' || c == '、' || c == '；' || c == ';' || c == '：' || c == ':'
                || c == '\n' || c == ' ' || c == '“' || c == '”' || c == '"' || c == '(' || c == ')' || c == '（'
                || c == '）' || c == '《' || c == '》' || c == '!' || c == '?' || c == '！' || c == '？' || c == '—'
                || c == '‘' || c == '’' || c == '「' || c == '」' || c == '[' || c == ']' || c == '【' || c == '】'
                || c == '·' || c == '/' || c == '|';
    }
}
