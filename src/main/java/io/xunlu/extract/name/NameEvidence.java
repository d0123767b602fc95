package io.xunlu.extract.name;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;

/**
 * What HanLP's tokens say about a candidate name: whether a word of the sentence (a verb, a
 * preposition, a post) begins right after it, whether the candidate cuts an ordinary word in two,
 * whether it opens with a function word. HanLP's person tagging alone misses names (高云/n 峰/ng),
 * but its word boundaries and tags around them are still good evidence of where a name ends.
 */
final class NameEvidence {
    private NameEvidence() {}

    /**
     * A word of the sentence starts at i: a verb, preposition, adverb, conjunction, particle, post
     * or time word. An aspect particle (了, 着, 过) follows a verb, never a name, and is no evidence.
     */
    static boolean sentenceWordAt(TokenIndex tokens, int i) {
        Token t = tokens.at(i);
        if (t == null || t.start() != i) return false;
        String tag = t.tag();
        if (tag.equals("ule") || tag.equals("uguo") || tag.equals("uzhe")) return false;
        return tag.startsWith("v") || tag.startsWith("p") || tag.startsWith("d") || tag.startsWith("c")
                || tag.startsWith("u") || tag.startsWith("f") || tag.equals("nnt") || tag.startsWith("t")
                || tag.startsWith("r") || tag.startsWith("m") || tag.startsWith("w");
    }

    /**
     * HanLP reads [start, end) as one person token and a verb of two or more characters right
     * after it (车俊/nr 兼任/v, 杨某/nr 调任/v): the name ends there even where a one-character
     * follower (任) would close a longer one.
     */
    static boolean personClosedByVerb(TokenIndex tokens, int start, int end) {
        Token t = tokens.at(start);
        if (t == null || t.start() != start || t.end() != end || !t.tag().startsWith("nr")) return false;
        Token v = tokens.at(end);
        return v != null && v.start() == end && v.end() - v.start() >= 2 && v.tag().startsWith("v");
    }

    /** A name-like tag: a person tag, or a bound morpheme or unknown piece HanLP could not place. */
    static boolean nameTag(Token t) {
        String tag = t.tag();
        return tag.startsWith("nr") || tag.equals("ng") || tag.equals("nz") || tag.equals("nx") || tag.equals("x");
    }

    /** Tags HanLP gives names it misreads as places, bodies or other proper nouns (巴音/ns, 翟/nz). */
    private static boolean properTag(Token t) {
        String tag = t.tag();
        return nameTag(t) || tag.startsWith("ns") || tag.startsWith("nt");
    }

    /** A particle, preposition, conjunction, pronoun, adverb, suffix or punctuation: never part of a name. */
    static boolean functionTag(Token t) {
        String tag = t.tag();
        return tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u") || tag.startsWith("r")
                || tag.startsWith("d") || tag.startsWith("k") || tag.startsWith("w") || tag.startsWith("y")
                || tag.startsWith("e") || tag.startsWith("o");
    }

    /** A word that belongs to the sentence, not inside a name: a function word, a verb, a numeral, a post. */
    private static boolean sentenceTag(Token t) {
        String tag = t.tag();
        return functionTag(t) || tag.startsWith("v") || tag.startsWith("m") || tag.startsWith("q")
                || tag.startsWith("f") || tag.equals("nnt") || tag.equals("nis");
    }

    /**
     * The candidate ends inside an ordinary word (黄曼汇|报 cuts 汇报): not a name's end. A cut
     * person, place or organization token (宋朝/ns 华向/nr; 翟/nz 东风,州公安局/nt) is HanLP misplacing
     * a name or swallowing its neighbours, and a candidate closed by punctuation cuts nothing.
     */
    static boolean cutsWord(String text, TokenIndex tokens, int end) {
        if (end >= text.length() || !NameRecognizer.isNameChar(text, end)) return false;
        Token t = tokens.at(end);
        return t != null && t.start() < end && t.end() > end && !properTag(t);
    }

    /**
     * The candidate opens with a function word (关于, 和/相关, 们): no name starts so. A one-character
     * function word opens a name only when no ordinary word follows it (别/d 纯/a 海/n may be a name).
     */
    static boolean opensWithFunctionWord(TokenIndex tokens, int pos) {
        Token t = tokens.at(pos);
        if (t == null || t.start() != pos || !functionTag(t)) return false;
        if (t.end() - t.start() >= 2) return true;
        Token next = tokens.at(t.end());
        return next != null && next.start() == t.end() && next.end() - next.start() >= 2 && !properTag(next);
    }

    /**
     * No word of the sentence inside the candidate (孟和/nr 巴雅尔/nr, 洪/ng 建文/t, 巴音/ns 朝鲁/nr):
     * a long candidate holding a verb, a post or a particle of two or more characters (冒/v 严寒/an …,
     * 黄曼/nr 汇报/vn 了/ule, 齐聚/v 长沙) is a piece of sentence, not a name. Lone characters are
     * what HanLP makes of names it does not know (达/v 瓦/n 才/d 让/v, 酆/nz 建/v 林/ng) and pass,
     * unless they are a preposition, conjunction, particle or punctuation.
     */
    static boolean allNameLike(String text, TokenIndex tokens, int start, int end) {
        for (int i = start; i < end; ) {
            Token t = tokens.at(i);
            if (t == null) return false;
            boolean single = t.end() - t.start() == 1;
            if (single ? isLinkTag(t) : sentenceTag(t) && !nameTag(t)) return false;
            i = Math.max(i + 1, t.end());
        }
        return !cutsWord(text, tokens, end);
    }

    /** A link word: never a piece of a name. An onomatopoeia (哇/o, 哈/o) is HanLP guessing at a name's character, not one. */
    private static boolean isLinkTag(Token t) {
        String tag = t.tag();
        return tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u") || tag.startsWith("w")
                || tag.startsWith("k") || tag.startsWith("y") || tag.startsWith("e");
    }

    /** HanLP tags some piece of the candidate as a person (nr, nrf). */
    static boolean holdsPersonToken(TokenIndex tokens, int start, int end) {
        for (int i = start; i < end; ) {
            Token t = tokens.at(i);
            if (t == null) return false;
            if (t.tag().startsWith("nr")) return true;
            i = Math.max(i + 1, t.end());
        }
        return false;
    }

    /** The candidate is made of HanLP person tokens only, exactly (孟和/nr 巴雅尔/nr). */
    static boolean allPersonTokens(TokenIndex tokens, int start, int end) {
        for (int i = start; i < end; ) {
            Token t = tokens.at(i);
            if (t == null || t.start() != i || t.end() > end || !t.tag().startsWith("nr")) return false;
            i = t.end();
        }
        return true;
    }

    /** Every word of two or more characters inside the candidate is a proper noun as HanLP tags it. */
    static boolean noOrdinaryWord(TokenIndex tokens, int start, int end) {
        for (int i = start; i < end; ) {
            Token t = tokens.at(i);
            if (t == null) return false;
            if (t.end() - t.start() >= 2 && !properTag(t)) return false;
            i = Math.max(i + 1, t.end());
        }
        return true;
    }

    /** A preposition, conjunction or particle stands inside the candidate (关于/p 安全): no name holds one. */
    static boolean holdsLinkWord(TokenIndex tokens, int start, int end) {
        for (int i = start; i < end; ) {
            Token t = tokens.at(i);
            if (t == null) return false;
            if (isLinkTag(t) && !t.tag().startsWith("k")) return true;
            i = Math.max(i + 1, t.end());
        }
        return false;
    }

    /** The candidate is one ordinary word that HanLP knows (干部/nnt, 安装/v, 高度/d): not a name here. */
    static boolean isOneOrdinaryWord(TokenIndex tokens, int start, int end) {
        Token t = tokens.at(start);
        return t != null && t.start() == start && t.end() == end && end - start >= 2 && !properTag(t);
    }

    /** A particle or conjunction HanLP reads as a word of its own stands inside the candidate (安装/的, 干部/和). */
    static boolean holdsParticle(TokenIndex tokens, int start, int end) {
        for (int i = start; i < end; ) {
            Token t = tokens.at(i);
            if (t == null) return false;
            // 之/uzhi is a particle in the sentence but a common character in names (屈牧之)
            if ((t.tag().startsWith("u") && !t.tag().equals("uzhi")) || t.tag().startsWith("c")) return true;
            i = Math.max(i + 1, t.end());
        }
        return false;
    }

    /** The candidate is one word HanLP does not tag as a person (干部/nnt, 原作者/nz). */
    static boolean isOneNonPersonWord(TokenIndex tokens, int start, int end) {
        Token t = tokens.at(start);
        return t != null && t.start() == start && t.end() == end && end - start >= 2 && !t.tag().startsWith("nr");
    }

    /**
     * The candidate is one verb or function word as HanLP reads it, or the start of one (应邀出席/v,
     * 关于/p): no name, whatever stands before it.
     */
    static boolean isOneSentenceWord(TokenIndex tokens, int start, int end) {
        Token t = tokens.at(start);
        if (t == null || t.start() != start || t.end() < end || end - start < 2) return false;
        return t.tag().startsWith("v") || functionTag(t);
    }
}
