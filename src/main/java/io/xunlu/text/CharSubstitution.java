package io.xunlu.text;

import java.util.BitSet;
import java.util.List;

/**
 * One-for-one character replacement (variant → standard form) for a matching view of a text:
 * offsets stay put because every character maps to exactly one. Read from a two-column table;
 * the lookup is a bit test and an array read, since it runs over every character of every article.
 */
public final class CharSubstitution {
    private final BitSet mapped = new BitSet(Character.MAX_VALUE + 1);
    private final char[] to = new char[Character.MAX_VALUE + 1];

    /** Rows of (from, to), each one character. */
    public CharSubstitution(List<String[]> rows) {
        for (String[] r : rows) {
            if (r[0].length() != 1 || r[1].length() != 1)
                throw new IllegalArgumentException("a substitution maps one character to one: " + String.join("\t", r));
            mapped.set(r[0].charAt(0));
            to[r[0].charAt(0)] = r[1].charAt(0);
        }
    }

    /** The character c is matched as. */
    public char map(char c) { return mapped.get(c) ? to[c] : c; }

    /** The text with every mapped character replaced; the same string when none occurs. */
    public String apply(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!mapped.get(c)) continue;
            if (chars == null) chars = text.toCharArray();
            chars[i] = to[c];
        }
        return chars == null ? text : new String(chars);
    }
}
