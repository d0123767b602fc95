package io.xunlu.extract.official;

import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.PhraseStart;
import io.xunlu.models.ModelFile;
import io.xunlu.text.CharMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The grammar of official titles, read from models/titles/: a title is a prefix naming the body
 * ([place][level][body]: 市委, 县人大常委会, 泰州市委, 市发改委, 城东新区党工委, 格力电器) followed by a
 * post ([modifier] head: 副书记, 常务副市长, 党组书记, 董事长). Level-head posts are a level and 长
 * (市长, 副县长). The prefix runs left from the post to punctuation, a stop word, or a word HanLP
 * tags as a verb, preposition, conjunction, adverb, pronoun, particle, number or time.
 */
public final class TitleGrammar {
    /** A post found in the text, with the kind of body it heads. */
    public record PostMatch(int start, int end, String kind) {}

    private static final int MAX_PREFIX = 24;
    private static final int MAX_QUOTED = 8;

    private final CharMap<List<String>> postsByFirst;
    private final Map<String, String> postKind = new HashMap<>();
    private final BitSet levels = new BitSet();
    private final BitSet headLevels = new BitSet();
    /** Post modifiers (常务, 副, 党组) by first character, longest first. */
    private final CharMap<List<String>> modifiersByFirst;
    private final PhraseStart phrases;
    private final List<String> stateBodies;
    private final List<String> postSuffixes;

    public TitleGrammar() {
        Map<Character, List<String>> posts = new HashMap<>();
        for (String[] row : ModelFile.rows("titles/posts.tsv")) {
            postKind.put(row[0], row[1]);
            posts.computeIfAbsent(row[0].charAt(0), k -> new ArrayList<>()).add(row[0]);
        }
        posts.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
        postsByFirst = new CharMap<>(posts);
        for (String[] row : ModelFile.rows("titles/levels.tsv")) {
            if (row[0].length() == 1) {
                levels.set(row[0].charAt(0));
                if (row[1].equals("head")) headLevels.set(row[0].charAt(0));
            }
        }
        Map<Character, List<String>> mods = new HashMap<>();
        for (String m : sortedLongestFirst(ModelFile.lines("titles/modifiers.txt")))
            mods.computeIfAbsent(m.charAt(0), k -> new ArrayList<>()).add(m);
        modifiersByFirst = new CharMap<>(mods);
        phrases = new PhraseStart();
        stateBodies = sortedLongestFirst(ModelFile.lines("titles/state-bodies.txt"));
        postSuffixes = sortedLongestFirst(ModelFile.lines("titles/post-suffixes.txt"));
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        List<String> l = new ArrayList<>(words.stream().map(String::strip).toList());
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }

    public boolean isLevel(char c) { return levels.get(c); }

    /** The post starting at i (modifiers included), or null. */
    public PostMatch postAt(String text, int i) {
        PostMatch p = bareAt(text, i);
        if (p == null) return null;
        // 副县长人选, 市长助理: a post and a suffix make a title of their own, written whole
        for (String n : postSuffixes) if (text.startsWith(n, p.end())) return new PostMatch(p.start(), p.end() + n.length(), p.kind());
        return p;
    }

    private PostMatch bareAt(String text, int i) {
        int j = i;
        List<String> mods = i < text.length() ? modifiersByFirst.get(text.charAt(i)) : null;
        if (mods != null) {
            for (String m : mods) {
                if (text.startsWith(m, i)) {
                    j = i + m.length();
                    break;
                }
            }
        }
        PostMatch p = headAt(text, i, j);
        if (p == null && j != i) p = headAt(text, i, i);
        if (p == null && text.startsWith("副", i)) p = headAt(text, i, i + 1);
        return p;
    }

    private PostMatch headAt(String text, int start, int j) {
        if (j >= text.length()) return null;
        List<String> cands = postsByFirst.get(text.charAt(j));
        if (cands != null) {
            for (String w : cands) {
                if (text.startsWith(w, j) && !continuesWord(text, j + w.length()) && !opensLongerWord(text, j, w)) {
                    return new PostMatch(start, j + w.length(), postKind.get(w));
                }
            }
        }
        // level-head posts: 市长, 副县长, 常务副区长
        int k = j;
        if (text.startsWith("副", k)) k++;
        if (k + 1 < text.length() && headLevels.get(text.charAt(k)) && text.charAt(k + 1) == '长'
                && !continuesWord(text, k + 2)) {
            return new PostMatch(start, k + 2, "government");
        }
        return null;
    }

    /**
     * 常委会, 委员会: the post is the start of a longer word, not a post. A level-head post (市长)
     * is also not one before 江, 城, 廊, 篇 (长江, 长城, 长廊, 长篇).
     */
    private static boolean continuesWord(String text, int end) {
        if (end >= text.length()) return false;
        char c = text.charAt(end);
        if (c == '会') return true;
        return text.charAt(end - 1) == '长' && (c == '江' || c == '城' || c == '廊' || c == '篇') && isLevelHead(text, end - 2);
    }

    /** The post and the character after it are one dictionary word (指挥部, 主席台, 书记员, 主席团): no post. */
    private static boolean opensLongerWord(String text, int j, String post) {
        int e = j + post.length();
        return e < text.length() && HanLPAnalyzer.isDictionaryWord(text.substring(j, e + 1));
    }

    private static boolean isLevelHead(String text, int i) {
        return i >= 0 && "省市县区镇乡州旗盟村".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * The post is a word of the sentence as HanLP reads it: it is not the start of a longer word
     * (主席台), and it does not straddle two words (合肥市|长丰县, where 市长 would take the end of
     * one and the start of the next). HanLP's organization and person tokens swallow their
     * neighbours (局长潘安君率队/nt, 书记张/nr) and do not count.
     */
    public boolean fitsWords(TokenIndex tokens, PostMatch p) {
        Token last = tokens.at(p.end() - 1);
        if (last == null || last.end() <= p.end() || swallows(last)) return true;
        if (last.start() <= p.start()) return false;
        Token first = tokens.at(p.start());
        return first == null || first.start() == p.start() || swallows(first);
    }

    private static boolean swallows(Token t) {
        return t.tag().startsWith("nt") || t.tag().startsWith("nr");
    }

    /** Where the title whose post starts at postStart begins (== postStart when it has no prefix). */
    public int prefixStart(String text, TokenIndex tokens, int postStart) {
        int s = throughQuote(text, tokens, phrases.startBefore(text, tokens, postStart, MAX_PREFIX, false));
        // 、教/v 体局局长, 、提名/v 副县长人选, 、创建/v …指挥部指挥长: a body's name or a post may open with a
        // verb that the phrase rule drops; right after list punctuation it belongs to the title
        Token v = s >= 2 ? tokens.at(s - 1) : null;
        if (v != null && v.end() == s && v.start() >= 1 && text.charAt(v.start() - 1) == '、' && v.end() - v.start() <= 2
                && v.tag().startsWith("v") && (s < postStart || v.end() - v.start() == 2) && !isLinkVerb(text, v.start(), s)) return v.start();
        // 张某/nr 及县委/nt 书记: a conjunction after a name, whatever HanLP glued it to, opens the next title;
        // 副主席兼行政总裁: 兼 after a post opens the next one
        for (int k = postStart - 2; k > s; k--) {
            char c = text.charAt(k);
            Token n = tokens.at(k - 1);
            if ("及和与".indexOf(c) >= 0 && n != null && n.end() == k && n.tag().startsWith("nr")) {
                s = k + 1;
                break;
            }
            if (c == '兼' && postEndsAt(text, s, k)) {
                s = k + 1;
                break;
            }
        }
        // ●区委书记: a bullet or other mark before the body is layout, not part of the title
        while (s < postStart && !Character.isLetterOrDigit(text.codePointAt(s))) s += Character.charCount(text.codePointAt(s));
        return s;
    }

    /** 兼 or a holding verb (任, 兼任): it joins a title to what comes before, never opens one. */
    private boolean isLinkVerb(String text, int start, int end) {
        String w = text.substring(start, end);
        return w.startsWith("兼") || w.startsWith("任") || w.endsWith("任");
    }

    /** A post of the grammar ends at end and starts at from or later (副主席|兼). */
    private boolean postEndsAt(String text, int from, int end) {
        for (int x = Math.max(from, end - 8); x < end; x++) {
            PostMatch q = bareAt(text, x);
            if (q != null && q.end() == end) return true;
        }
        return false;
    }

    /**
     * 州某片区“三区”建设工作领导小组办公室: a short quoted name inside a body's name does not end the
     * prefix; the phrase before the opening quote belongs to it too (a closing quote typed as an
     * opening one included).
     */
    private int throughQuote(String text, TokenIndex tokens, int s) {
        if (s < 3 || !isQuote(text.charAt(s - 1))) return s;
        for (int k = s - 2; k >= Math.max(0, s - 2 - MAX_QUOTED); k--) {
            char c = text.charAt(k);
            if (isQuote(c)) {
                if (k == s - 2) return s;
                int before = phrases.startBefore(text, tokens, k, MAX_PREFIX, false);
                return before < k ? before : s;
            }
            if (!Character.isLetterOrDigit(c)) return s;
        }
        return s;
    }

    private static boolean isQuote(char c) {
        return c == '“' || c == '”' || c == '"' || c == '‘' || c == '’';
    }

    /** The state body the prefix ends with (委, 政府, 人大常委会, 局 …), or null for a firm or none. */
    public String stateBodyAtEnd(String prefix) {
        for (String b : stateBodies) if (prefix.endsWith(b)) return b;
        return null;
    }

    /** A title span: its prefix and post. */
    public LocalSpan titleSpan(String text, TokenIndex tokens, PostMatch p) {
        return new LocalSpan(prefixStart(text, tokens, p.start()), p.end());
    }
}
