package io.xunlu.extract;

/** A half-open UTF-16 span in the text an extractor was given (not yet mapped to the source). */
public record LocalSpan(int start, int end) {
    public LocalSpan {
        if (start < 0 || start > end) throw new IllegalArgumentException("bad span " + start + "," + end);
    }

    public String of(CharSequence text) { return text.subSequence(start, end).toString(); }

    public int length() { return end - start; }
}
