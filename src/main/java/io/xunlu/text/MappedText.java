package io.xunlu.text;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * A text derived from a source text, each of its UTF-16 units remembering the source unit it came
 * from. Folding, deleting layout marks and joining broken lines all produce a MappedText, so an
 * extractor can match on clean text while every span it finds still lands on the original
 * characters (Lucene's correctOffset, done once for the whole chain).
 *
 * <p>A unit with source index {@link #SYNTHETIC} was inserted (a separator between a headline and
 * a body, say) and has no source; spans are mapped to the nearest real units inside them.
 */
public final class MappedText {
    public static final int SYNTHETIC = -1;

    private final String text;
    private final int[] source;

    private MappedText(String text, int[] source) {
        this.text = text;
        this.source = source;
    }

    /** The source itself: unit i comes from unit i. */
    public static MappedText identity(String source) {
        int[] map = new int[source.length()];
        for (int i = 0; i < map.length; i++) map[i] = i;
        return new MappedText(source, map);
    }

    public String text() { return text; }

    public int length() { return text.length(); }

    /** Source UTF-16 index of unit i, or {@link #SYNTHETIC}. */
    public int sourceIndex(int i) { return source[i]; }

    /** Replaces each unit by another, one for one (width folding, Traditional to Simplified). */
    public MappedText mapChars(IntUnaryOperator fold) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) out[i] = (char) fold.applyAsInt(text.charAt(i));
        return new MappedText(new String(out), source);
    }

    /** The same mapping over a replacement text of the same length (a positional one-for-one fold). */
    public MappedText withText(String replacement) {
        if (replacement.length() != text.length()) throw new IllegalArgumentException("length differs");
        return new MappedText(replacement, source);
    }

    /** Drops the units whose index matches; the others keep their source positions. */
    public MappedText deleteWhere(IntPredicate dropIndex) {
        Builder b = new Builder(text.length());
        for (int i = 0; i < text.length(); i++) if (!dropIndex.test(i)) b.append(this, i);
        return b.build();
    }

    public MappedText slice(int start, int end) {
        if (start < 0 || end > text.length() || start > end)
            throw new IndexOutOfBoundsException("slice " + start + "," + end + " of " + text.length());
        return new MappedText(text.substring(start, end), Arrays.copyOfRange(source, start, end));
    }

    /**
     * The source span [start, end) in source UTF-16 units covered by units [from, to) of this text,
     * or null when every unit in the range is synthetic. A span across a deleted line break covers
     * the break in the source.
     */
    public int[] toSource(int from, int to) {
        if (from < 0 || to > text.length() || from > to)
            throw new IndexOutOfBoundsException("span " + from + "," + to + " of " + text.length());
        int s = from;
        while (s < to && source[s] == SYNTHETIC) s++;
        int e = to - 1;
        while (e >= s && source[e] == SYNTHETIC) e--;
        if (s >= to || e < s) return null;
        int srcStart = source[s];
        int srcEnd = source[e] + 1;
        // keep surrogate pairs whole
        return new int[] {srcStart, srcEnd};
    }

    /** Builds a MappedText unit by unit. */
    public static final class Builder {
        private final StringBuilder sb;
        private int[] map;

        public Builder(int capacity) {
            sb = new StringBuilder(Math.max(16, capacity));
            map = new int[Math.max(16, capacity)];
        }

        public Builder append(MappedText from, int i) {
            return append(from.text.charAt(i), from.source[i]);
        }

        public Builder append(MappedText from, int start, int end) {
            for (int i = start; i < end; i++) append(from, i);
            return this;
        }

        public Builder append(MappedText from) { return append(from, 0, from.length()); }

        public Builder appendSynthetic(char c) { return append(c, SYNTHETIC); }

        public Builder append(char c, int sourceIndex) {
            if (sb.length() == map.length) map = Arrays.copyOf(map, map.length * 2);
            map[sb.length()] = sourceIndex;
            sb.append(c);
            return this;
        }

        public int length() { return sb.length(); }

        public MappedText build() {
            return new MappedText(sb.toString(), Arrays.copyOf(map, sb.length()));
        }
    }
}
