package io.xunlu.extract.date;

import io.xunlu.text.CharMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words looked up by longest match at a position. Indexed by first character, so a lookup costs
 * at most the number of words sharing that character, each compared over its own (short) length.
 */
final class Vocabulary<V> {
    record Hit<V>(String word, V value) {
        int end(int start) { return start + word.length(); }
    }

    private final CharMap<List<Hit<V>>> byFirstChar;
    private final Set<Character> firstChars;

    Vocabulary(Map<String, V> words) {
        Map<Character, List<Hit<V>>> index = new HashMap<>();
        words.forEach((w, v) -> index.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(new Hit<>(w, v)));
        index.replaceAll((c, hits) -> hits.stream()
                .sorted(Comparator.comparingInt((Hit<V> h) -> h.word().length()).reversed())
                .toList());
        this.byFirstChar = new CharMap<>(index);
        this.firstChars = Set.copyOf(index.keySet());
    }

    Set<Character> firstChars() { return firstChars; }

    /** The longest word starting at {@code at}, or null. */
    Hit<V> longestAt(String text, int at) {
        if (at < 0 || at >= text.length()) return null;
        List<Hit<V>> hits = byFirstChar.get(text.charAt(at));
        if (hits == null) return null;
        for (Hit<V> h : hits) if (text.startsWith(h.word(), at)) return h;
        return null;
    }
}
