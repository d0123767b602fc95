package io.xunlu.text;

/**
 * Offsets that land on whole code points. Extractors walk text in UTF-16 units within bounded
 * windows; a window limit can fall between the two halves of a supplementary character (𡈼), and a
 * span cut there would make the contract's code point and UTF-16 offsets disagree.
 */
public final class CodePoints {
    private CodePoints() {}

    /** True when offset i falls between a high and a low surrogate. */
    public static boolean cutsPair(CharSequence text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }

    /** i, or the offset after the character it cuts: for span starts found by walking left. */
    public static int wholeForward(CharSequence text, int i) {
        return cutsPair(text, i) ? i + 1 : i;
    }

    /** i, or the offset before the character it cuts: for span ends found by walking right. */
    public static int wholeBackward(CharSequence text, int i) {
        return cutsPair(text, i) ? i - 1 : i;
    }
}
