package io.xunlu.extract;

import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.place.Gazetteer;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Where a noun phrase that ends at a known head (a post, an organization suffix, 项目) begins: run
 * left to punctuation, then cut after the last stop word or the last word HanLP tags as a verb,
 * preposition, conjunction, adverb, pronoun, particle, time or locative. Titles, organizations,
 * projects and person roles all end on a head and begin this way.
 */
public final class PhraseStart {
    private static final Set<String> STOP_TAG_PREFIXES = Set.of("v", "p", "c", "d", "r", "u", "t", "y", "e", "o", "f");
    private static final Set<String> KEEP_TAGS = Set.of("vn", "nnt", "nis", "vf");

    private final List<String> stopWords;
    private final Set<String> stopWordSet;

    public PhraseStart() {
        List<String> l = new ArrayList<>(ModelFile.lines("phrases/stop-words.txt").stream().map(String::strip).toList());
        l.sort(Comparator.comparingInt(String::length).reversed());
        stopWords = List.copyOf(l);
        stopWordSet = Set.copyOf(l);
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
        int s = headStart;
        while (s > 0 && headStart - s < maxLen && !isBoundary(text.charAt(s - 1))) s--;
        for (String w : stopWords) {
            if (w.length() < 2) continue;
            int k = lastIndexWithin(text, w, s, headStart);
            if (k >= s && (tokenAligned(tokens, k, k + w.length()) || insideSwallowingToken(tokens, k))) s = k + w.length();
        }
        for (int i = s; i < headStart; ) {
            Token t = tokens.at(i);
            if (t == null) {
                i++;
                continue;
            }
            boolean stop = stopWordSet.contains(t.word())
                    || (isStop(t) && (verbsStop || !t.tag().startsWith("v") || HanLPAnalyzer.isDictionaryVerb(t.word())));
            if (t.start() >= s && t.end() <= headStart && stop) s = t.end();
            i = Math.max(i + 1, t.end());
        }
        return trimLeadingVerbs(text, tokens, s, headStart);
    }

    /**
     * The phrase before a project head: punctuation and stop words bound it, but not HanLP's tags,
     * since project names hold prepositions, conjunctions and verbs (装备用超薄面板及背板项目).
     */
    public int nameStartBefore(String text, TokenIndex tokens, int headStart, int maxLen) {
        int s = headStart;
        while (s > 0 && headStart - s < maxLen && !isBoundary(text.charAt(s - 1))) s--;
        for (String w : stopWords) {
            if (w.length() < 2) continue;
            int k = lastIndexWithin(text, w, s, headStart);
            if (k >= s && (tokenAligned(tokens, k, k + w.length()) || insideSwallowingToken(tokens, k))) s = k + w.length();
        }
        for (int i = s; i < headStart; ) {
            Token t = tokens.at(i);
            if (t == null) {
                i++;
                continue;
            }
            if (t.start() >= s && t.end() <= headStart && (stopWordSet.contains(t.word()) || isSentenceWord(t))) s = t.end();
            i = Math.max(i + 1, t.end());
        }
        return trimLeadingVerbs(text, tokens, s, headStart);
    }

    /**
     * The last occurrence of w inside [from, to), or -1. Bounded to the phrase window on purpose:
     * String.lastIndexOf would search back to the start of the text for every head and stop word,
     * which is quadratic on a text full of heads and empty of stop words.
     */
    private static int lastIndexWithin(String text, String w, int from, int to) {
        for (int k = to - w.length(); k >= from; k--) if (text.startsWith(w, k)) return k;
        return -1;
    }

    /** Words that belong to the sentence around a name, never inside one: pronouns, particles, time words, 是. */
    private static boolean isSentenceWord(Token t) {
        String tag = t.tag();
        return tag.startsWith("r") || tag.startsWith("u") || tag.startsWith("t") || tag.equals("vshi") || tag.startsWith("y")
                || tag.startsWith("d");
    }

    /** 助力福莱特集团 → 福莱特集团; 从市城管局 → 市城管局: a phrase does not begin with an action. */
    private static int trimLeadingVerbs(String text, TokenIndex tokens, int s, int headStart) {
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

    /** HanLP's organization tag swallows neighbours (记者从芜湖海关/nt): a stop word inside one still stops. */
    private static boolean insideSwallowingToken(TokenIndex tokens, int k) {
        Token t = tokens.at(k);
        return t != null && t.tag().startsWith("nt") && t.start() <= k;
    }

    /** A stop word counts only where HanLP sees it as a word of its own (不 inside 不锈钢 is not 不). */
    private static boolean tokenAligned(TokenIndex tokens, int s, int e) {
        return tokens.startsAt(s) && tokens.endsAt(e);
    }

    /** 从芜湖海关: a place name starts after the preposition, and the two together are no place (和平区 is one). */
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
