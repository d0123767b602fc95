package io.xunlu.text;

/**
 * The decoded source of one input, with a table from UTF-16 index to code point index, since the
 * contract's offsets count code points while Java strings count UTF-16 units.
 */
public final class SourceText {
    private final String text;
    private final int[] codePointAt;

    public SourceText(String text) {
        this.text = text;
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePointAt[i + 1] = cp; // the low half shares its pair's code point index
                i++;
            }
            cp++;
        }
        codePointAt[text.length()] = cp;
    }

    public String text() { return text; }

    public int length() { return text.length(); }

    public int codePoints() { return codePointAt[text.length()]; }

    public int toCodePoint(int utf16) { return codePointAt[utf16]; }

    /** Widens a UTF-16 span so that it never cuts a surrogate pair. */
    public Span span(int start, int end) {
        if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))
                && Character.isHighSurrogate(text.charAt(start - 1))) start--;
        if (end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))
                && Character.isHighSurrogate(text.charAt(end - 1))) end++;
        return new Span(codePointAt[start], codePointAt[end], start, end, text.substring(start, end));
    }
}
