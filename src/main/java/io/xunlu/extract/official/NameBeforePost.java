package io.xunlu.extract.official;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.name.NameRecognizer;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The name written before its post: 李卫国副市长, 周海燕总书记, 外宣办韩明主任, or joined to it by a
 * holding verb (王某任组长). The title is then the
 * post as written after the name (副市长), and the prefix before the name, if any, is not part of
 * it. Evidence: HanLP's person tokens ending right at the post, or a prefix that is nothing but a
 * surname and a given name closed by the post.
 */
final class NameBeforePost {
    private static final int MAX_NAME = 6;

    private final TitleGrammar grammar;
    private final NameRecognizer names;
    private final List<String> holdingVerbs;

    NameBeforePost(TitleGrammar grammar, NameRecognizer names) {
        this.grammar = grammar;
        this.names = names;
        List<String> l = new ArrayList<>(ModelFile.lines("titles/holding-verbs.txt").stream().map(String::strip).toList());
        l.sort(Comparator.comparingInt(String::length).reversed());
        holdingVerbs = List.copyOf(l);
    }

    /** The name standing right before the post of this title, if one does. */
    Optional<LocalSpan> find(String text, TokenIndex tokens, LocalSpan title, TitleGrammar.PostMatch p) {
        int post = p.start() - holdingVerbBefore(text, tokens, title.start(), p.start());
        if (post - title.start() < 2) return Optional.empty(); // no prefix, or a surname alone (罗县长)
        int s = post;
        while (s > title.start()) {
            Token t = tokens.at(s - 1);
            if (t == null || t.end() != s || t.start() < title.start() || !t.tag().startsWith("nr")) break;
            s = t.start();
        }
        if (post - s >= 2 && post - s <= MAX_NAME && isName(text, tokens, s, post, true)) return Optional.of(new LocalSpan(s, post));
        int len = post - title.start();
        if (len <= 4 && isName(text, tokens, title.start(), post, false) && !oneOtherWord(tokens, title.start(), post)) {
            Optional<LocalSpan> n = names.nameAt(text, title.start(), tokens, true);
            if (n.isPresent() && n.get().end() == post) return n;
        }
        return Optional.empty();
    }

    /** The length of a holding verb (任, 兼任) that HanLP reads as a verb right before the post, or 0. */
    private int holdingVerbBefore(String text, TokenIndex tokens, int titleStart, int post) {
        for (String v : holdingVerbs) {
            int s = post - v.length();
            if (s <= titleStart || !text.startsWith(v, s)) continue;
            Token t = tokens.at(s);
            if (t != null && t.start() == s && t.end() == post && t.tag().startsWith("v")) return v.length();
        }
        return 0;
    }

    /**
     * A surname and more, not a body (党委, 纪委, 金融办). HanLP's person tokens vouch for a
     * surname our list lacks and for transliterated names; they still are more than a surname.
     */
    private boolean isName(String text, TokenIndex tokens, int start, int end, boolean personTokens) {
        int sur = names.surnameAt(text, start);
        if (sur >= end - start || (sur == 0 && !personTokens)) return false;
        if (grammar.isLevel(text.charAt(end - 1))) return false;
        return grammar.stateBodyAtEnd(text.substring(start, end)) == null;
    }

    /** HanLP reads the span as one word that is no name (华为/nt, 党委/n). */
    private static boolean oneOtherWord(TokenIndex tokens, int start, int end) {
        Token t = tokens.at(start);
        return t != null && t.start() == start && t.end() == end && !t.tag().startsWith("nr");
    }
}
