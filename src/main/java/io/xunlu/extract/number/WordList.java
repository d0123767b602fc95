package io.xunlu.extract.number;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An immutable set of short words with longest-match lookups at a position, used for units,
 * modifiers and context words. Lookups cost at most (longest word) substring probes.
 */
public final class WordList {
    private final Set<String> words;
    private final int longest;
    /** First and last characters of the words: most positions are rejected on one char lookup. */
    private final Set<Character> firsts, lasts;

    public WordList(Collection<String> words) {
        this.words = Set.copyOf(words);
        this.longest = this.words.stream().mapToInt(String::length).max().orElse(0);
        this.firsts = this.words.stream().map(w -> w.charAt(0)).collect(Collectors.toUnmodifiableSet());
        this.lasts = this.words.stream().map(w -> w.charAt(w.length() - 1)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean contains(String word) { return words.contains(word); }

    /** Length of the longest word that starts at {@code start}, or 0. */
    public int longestStartingAt(CharSequence text, int start) {
        if (start >= text.length() || !firsts.contains(text.charAt(start))) return 0;
        for (int len = Math.min(longest, text.length() - start); len > 0; len--) {
            if (words.contains(text.subSequence(start, start + len).toString())) return len;
        }
        return 0;
    }

    /** Length of the longest word that ends at {@code end} (exclusive), not reaching before {@code floor}. */
    public int longestEndingAt(CharSequence text, int end, int floor) {
        if (end <= floor || !lasts.contains(text.charAt(end - 1))) return 0;
        for (int len = Math.min(longest, end - floor); len > 0; len--) {
            if (words.contains(text.subSequence(end - len, end).toString())) return len;
        }
        return 0;
    }

    /** Start of the last occurrence of any word inside [from, to), or -1; the longest word wins at a position. */
    public int lastOccurrence(CharSequence text, int from, int to) {
        for (int end = to; end > from; end--) {
            int len = longestEndingAt(text, end, from);
            if (len > 0) return end - len;
        }
        return -1;
    }
}
