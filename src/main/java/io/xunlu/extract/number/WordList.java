package io.xunlu.extract.number;

import io.xunlu.text.CharMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable set of short words with longest-match lookups at a position, used for units,
 * modifiers and context words. Words are grouped by first and by last character, longest first,
 * and compared in place: a lookup allocates nothing and most positions are rejected on one char.
 */
public final class WordList {
    private final Set<String> words;
    private final int longest;
    private final CharMap<String[]> byFirst;
    private final CharMap<String[]> byLast;

    public WordList(Collection<String> words) {
        this.words = Set.copyOf(words);
        this.longest = this.words.stream().mapToInt(String::length).max().orElse(0);
        Map<Character, List<String>> first = new HashMap<>();
        Map<Character, List<String>> last = new HashMap<>();
        for (String w : this.words) {
            if (w.isEmpty()) continue;
            first.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
            last.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
        }
        this.byFirst = longestFirst(first);
        this.byLast = longestFirst(last);
    }

    private static CharMap<String[]> longestFirst(Map<Character, List<String>> groups) {
        Map<Character, String[]> out = new HashMap<>();
        groups.forEach((c, l) -> out.put(c, l.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toArray(String[]::new)));
        return new CharMap<>(out);
    }

    public boolean contains(String word) { return words.contains(word); }

    /** Length of the longest word that starts at {@code start}, or 0. */
    public int longestStartingAt(CharSequence text, int start) {
        if (start < 0 || start >= text.length()) return 0;
        String[] cands = byFirst.get(text.charAt(start));
        if (cands == null) return 0;
        for (String w : cands) if (matchesAt(text, start, w)) return w.length();
        return 0;
    }

    /** Length of the longest word that ends at {@code end} (exclusive), not reaching before {@code floor}. */
    public int longestEndingAt(CharSequence text, int end, int floor) {
        if (end <= floor || end > text.length()) return 0;
        String[] cands = byLast.get(text.charAt(end - 1));
        if (cands == null) return 0;
        for (String w : cands) if (end - w.length() >= floor && matchesAt(text, end - w.length(), w)) return w.length();
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

    /** True when some word covers position i: starts at or before it and ends after it. */
    public boolean covers(CharSequence text, int i) {
        for (int from = Math.max(0, i - longest + 1); from <= i; from++) {
            String[] cands = byFirst.get(text.charAt(from));
            if (cands == null) continue;
            for (String w : cands) if (from + w.length() > i && matchesAt(text, from, w)) return true;
        }
        return false;
    }

    private static boolean matchesAt(CharSequence text, int at, String w) {
        if (at < 0 || at + w.length() > text.length()) return false;
        if (text instanceof String s) return s.startsWith(w, at);
        for (int k = 0; k < w.length(); k++) if (text.charAt(at + k) != w.charAt(k)) return false;
        return true;
    }
}
