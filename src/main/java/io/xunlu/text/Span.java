package io.xunlu.text;

/**
 * Where a found item stands in the source: code point offsets (the contract's start/end), UTF-16
 * offsets for Java and JavaScript consumers, and the source text at those offsets.
 */
public record Span(int start, int end, int startUtf16, int endUtf16, String text) {
    public Span {
        if (start < 0 || start > end || startUtf16 > endUtf16)
            throw new IllegalArgumentException("bad span " + start + "," + end);
    }
}
