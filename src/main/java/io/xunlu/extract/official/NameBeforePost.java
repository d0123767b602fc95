package io.xunlu.extract.official;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.PhraseStart;
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
    private static final int MAX_VERB = 2;
    private static final int MAX_POST = 8;

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

    /** A name inside a title's prefix, joined to the rest of it by a holding verb: 姜某任|邢台市委书记. */
    record Holder(LocalSpan name, int titleStart) {}

    /**
     * 某市长姜某任邢台市委书记, 车某兼任某市委书记, 杨某调任某市委书记: a holding verb inside the
     * prefix or right before it, with a name right before the verb (a person token of HanLP's, or a
     * name opening a clause or the prefix or following a post, 同志 after it or not), splits the text
     * there. The title is what follows the verb; the name holds it.
     */
    Optional<Holder> heldInPrefix(String text, TokenIndex tokens, LocalSpan title, TitleGrammar.PostMatch p) {
        for (int k = Math.max(2, title.start() - MAX_VERB); k < p.start() - 1; k++) {
            for (String v : holdingVerbs) {
                int after = k + v.length();
                if (!text.startsWith(v, k) || after >= p.start() || (k < title.start() && after != title.start())) continue;
                // 王某同志任…: 同志 after the name is no part of it
                int nameEnd = k >= 4 && text.startsWith("同志", k - 2) ? k - 2 : k;
                Optional<LocalSpan> n = nameEndingAt(text, tokens, Math.min(title.start(), nameEnd), nameEnd);
                if (n.isPresent()) return Optional.of(new Holder(n.get(), after));
            }
        }
        return Optional.empty();
    }

    private Optional<LocalSpan> nameEndingAt(String text, TokenIndex tokens, int from, int end) {
        int s = end;
        while (s > 0 && end - s < MAX_NAME) {
            Token t = tokens.at(s - 1);
            if (t == null || t.end() != s || !t.tag().startsWith("nr")) break;
            s = t.start();
        }
        if (end - s >= 2 && end - s <= MAX_NAME && isName(text, tokens, s, end, true)) return Optional.of(new LocalSpan(s, end));
        for (int start = Math.max(0, end - MAX_NAME); start <= end - 2; start++) {
            boolean opens = start == from || start == 0 || PhraseStart.isBoundary(text.charAt(start - 1)) || postEndsAt(text, start);
            if (!opens || names.surnameAt(text, start) == 0 || !isName(text, tokens, start, end, false)) continue;
            Optional<LocalSpan> n = names.nameAt(text, start, tokens, true);
            if (n.isPresent() && n.get().end() == end) return n;
        }
        return Optional.empty();
    }

    /** A post of the grammar ends at end (市长|姜某). */
    private boolean postEndsAt(String text, int end) {
        for (int x = Math.max(0, end - MAX_POST); x < end; x++) {
            TitleGrammar.PostMatch q = grammar.postAt(text, x);
            if (q != null && q.end() == end) return true;
        }
        return false;
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
