package io.xunlu.text;

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
    private final int mask;
    private final int size;

    public CharMap(Map<Character, ? extends V> entries) {
        int cap = Integer.highestOneBit(Math.max(4, entries.size() * 2 + 1) - 1) << 1;
        keys = new char[cap];
        values = new Object[cap];
        mask = cap - 1;
        for (Map.Entry<Character, ? extends V> e : entries.entrySet()) {
            if (e.getValue() == null) throw new IllegalArgumentException("null value for " + e.getKey());
            int i = slot(e.getKey());
            keys[i] = e.getKey();
            values[i] = e.getValue();
        }
        size = entries.size();
    }

    private int slot(char c) {
        int i = (c * 0x9E37) & mask;
        while (values[i] != null && keys[i] != c) i = (i + 1) & mask;
        return i;
    }

    /** The value for c, or null. */
    @SuppressWarnings("unchecked")
    public V get(char c) {
        int i = (c * 0x9E37) & mask;
        while (values[i] != null) {
            if (keys[i] == c) return (V) values[i];
            i = (i + 1) & mask;
        }
        return null;
    }

    public boolean containsKey(char c) { return get(c) != null; }

    public int size() { return size; }
}
