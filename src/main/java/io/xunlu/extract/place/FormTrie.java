package io.xunlu.extract.place;

import java.util.Arrays;

/**
 * A character trie over short strings (region words, area suffixes), stored as one open-addressing
 * hash table from (node, char) to child node: primitive arrays instead of a map object per node.
 * Immutable once built; a walk is one table probe per character, which keeps scanners linear in
 * the text length (times the longest key). The division gazetteer uses a sorted form table
 * instead, which its generator can write ready-made.
 */
final class FormTrie {
    static final int ROOT = 0;
    static final int NONE = -1;

    private final long[] keys;      // (node << 16 | char) + 1; 0 marks an empty slot
    private final int[] children;   // child node for the key in the same slot
    private final int[] values;     // value per node, NONE where no key ends
    private final int mask;

    private FormTrie(long[] keys, int[] children, int[] values) {
        this.keys = keys;
        this.children = children;
        this.values = values;
        this.mask = keys.length - 1;
    }

    /** The child of node by c, or NONE. */
    int child(int node, char c) {
        long key = slotKey(node, c);
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) return children[slot];
            if (k == 0) return NONE;
        }
    }

    /** The value stored at node (where some key ends), or NONE. */
    int value(int node) { return values[node]; }

    /** The value of exactly this key, or NONE. */
    int get(CharSequence key) {
        int node = ROOT;
        for (int i = 0; i < key.length() && node != NONE; i++) node = child(node, key.charAt(i));
        return node == NONE ? NONE : values[node];
    }

    private static long slotKey(int node, char c) { return (((long) node << 16) | c) + 1; }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    /** Collects keys, then freezes them into a FormTrie. Not thread-safe; used once at load. */
    static final class Builder {
        private long[] keys = new long[1 << 10];
        private int[] children = new int[1 << 10];
        private int used;
        private int[] values = new int[1 << 10];
        private int nodes = 1;

        Builder() { Arrays.fill(values, NONE); }

        /** Adds key (if new) and returns its node, whose value the caller then sets. */
        int add(CharSequence key) {
            int node = ROOT;
            for (int i = 0; i < key.length(); i++) node = childOrNew(node, key.charAt(i));
            return node;
        }

        void setValue(int node, int value) { values[node] = value; }

        int value(int node) { return values[node]; }

        FormTrie build() {
            return new FormTrie(keys, children, Arrays.copyOf(values, nodes));
        }

        private int childOrNew(int node, char c) {
            long key = slotKey(node, c);
            int mask = keys.length - 1;
            int slot = hash(key) & mask;
            for (; keys[slot] != 0; slot = (slot + 1) & mask) {
                if (keys[slot] == key) return children[slot];
            }
            int child = nodes++;
            if (child == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
                Arrays.fill(values, child, values.length, NONE);
            }
            keys[slot] = key;
            children[slot] = child;
            if (++used * 4 > keys.length * 3) rehash(); // load factor 0.75: linear probing stays short
            return child;
        }

        private void rehash() {
            long[] oldKeys = keys;
            int[] oldChildren = children;
            keys = new long[oldKeys.length * 2];
            children = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] == 0) continue;
                int slot = hash(oldKeys[i]) & mask;
                while (keys[slot] != 0) slot = (slot + 1) & mask;
                keys[slot] = oldKeys[i];
                children[slot] = oldChildren[i];
            }
        }
    }
}
