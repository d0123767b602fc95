package io.xunlu.text;

import java.util.BitSet;
import java.util.Map;

/**
 * An immutable map from a char to a value, for the lookups the extractors make at every position
 * of every article (words by first character, numeral roles). A {@code Map<Character, V>} boxes
 * the key on each lookup; that boxing was the largest single source of garbage in the pipeline.
 * Open addressing over a power-of-two table, so a lookup is a few array reads.
 */
public final class CharMap<V> {
    private final char[] keys;
    private final Object[] values;
    private final int shift;
    private final int size;
    /** Most lookups miss (an article's characters are mostly not keys): one bit test answers those. */
    private final BitSet present = new BitSet(Character.MAX_VALUE + 1);

    public CharMap(Map<Character, ? extends V> entries) {
        int cap = Integer.highestOneBit(Math.max(4, entries.size() * 2 + 1) - 1) << 1;
        keys = new char[cap];
        values = new Object[cap];
        shift = 32 - Integer.numberOfTrailingZeros(cap);
        for (Map.Entry<Character, ? extends V> e : entries.entrySet()) {
            if (e.getValue() == null) throw new IllegalArgumentException("null value for " + e.getKey());
            int i = slot(e.getKey());
            keys[i] = e.getKey();
            values[i] = e.getValue();
            present.set(e.getKey());
        }
        size = entries.size();
    }

    /** Fibonacci hashing: the top bits of the product spread runs of neighbouring code points (0–9, 一二三). */
    private int home(char c) { return (c * 0x9E3779B1) >>> shift; }

    private int slot(char c) {
        int i = home(c);
        while (values[i] != null && keys[i] != c) i = (i + 1) & (keys.length - 1);
        return i;
    }

    /** The value for c, or null. */
    @SuppressWarnings("unchecked")
    public V get(char c) {
        if (!present.get(c)) return null;
        int i = home(c);
        while (keys[i] != c) i = (i + 1) & (keys.length - 1);
        return (V) values[i];
    }

    public boolean containsKey(char c) { return present.get(c); }

    public int size() { return size; }
}
