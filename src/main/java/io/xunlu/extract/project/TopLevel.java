package io.xunlu.extract.project;

import io.xunlu.analysis.TokenIndex;

/**
 * Scans of a span that see only what stands outside quotes, parentheses and book-title marks: a 、
 * or a 等 inside “万、千、百”脱贫攻坚项目 joins or closes nothing.
 */
final class TopLevel {
    private TopLevel() {}

    static final String OPEN = "“「(（《";

    static final String CLOSE = "”」)）》";

    /** The first w standing as a word of its own and outside quotes in [s, e), or -1. */
    static int firstWord(String text, TokenIndex tokens, String w, int s, int e) {
        int k = firstTopLevel(text, w.charAt(0), s, e);
        while (k >= 0) {
            if (text.startsWith(w, k) && (tokens.at(k) == null || tokens.startsAt(k) && tokens.endsAt(k + w.length()))) return k;
            k = firstTopLevel(text, w.charAt(0), k + 1, e);
        }
        return -1;
    }

    /** The last 等 standing as a word of its own in [s, e), or -1. */
    static int lastWord(String text, TokenIndex tokens, String w, int s, int e) {
        for (int i = e - w.length(); i >= s; i--) {
            if (text.startsWith(w, i) && (tokens.at(i) == null || tokens.startsAt(i) && tokens.endsAt(i + w.length()))) return i;
        }
        return -1;
    }

    /** The first c outside quotes and parentheses in [s, e), or -1. */
    static int firstTopLevel(String text, char c, int s, int e) {
        int depth = 0;
        for (int i = s; i < e; i++) {
            char x = text.charAt(i);
            if (OPEN.indexOf(x) >= 0) depth++;
            else if (CLOSE.indexOf(x) >= 0) depth = Math.max(0, depth - 1);
            else if (x == c && depth == 0) return i;
        }
        return -1;
    }

    /** The last c outside quotes and parentheses in [s, e), or -1. */
    static int lastTopLevel(String text, char c, int s, int e) {
        int depth = 0;
        int found = -1;
        for (int i = s; i < e; i++) {
            char x = text.charAt(i);
            if (OPEN.indexOf(x) >= 0) depth++;
            else if (CLOSE.indexOf(x) >= 0) depth = Math.max(0, depth - 1);
            else if (x == c && depth == 0) found = i;
        }
        return found;
    }
}
