package io.xunlu.analysis;

import java.util.Arrays;
import java.util.List;

/** Which HanLP token covers each character of a text, for rules that ask "is this a verb?". */
public final class TokenIndex {
    private final List<Token> tokens;
    private final int[] at;

    public TokenIndex(List<Token> tokens, int length) {
        this.tokens = tokens;
        at = new int[length];
        Arrays.fill(at, -1);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            for (int i = t.start(); i < t.end() && i < length; i++) at[i] = k;
        }
    }

    /** The token covering char i, or null. */
    public Token at(int i) {
        if (i < 0 || i >= at.length || at[i] < 0) return null;
        return tokens.get(at[i]);
    }

    /** True when a token starts exactly at i (a word boundary). */
    public boolean startsAt(int i) {
        Token t = at(i);
        return t != null && t.start() == i;
    }

    public boolean endsAt(int i) {
        Token t = at(i - 1);
        return t != null && t.end() == i;
    }
}
