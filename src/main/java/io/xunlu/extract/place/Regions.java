package io.xunlu.extract.place;

import io.xunlu.extract.LocalSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Place words news uses that are not administrative divisions, from models/places/regions.txt:
 * macro-regions (长三角, 京津冀, 苏南) that can be found in free text, and the suffixes that turn
 * a place or proper name into a named area (…经济技术开发区, …新区, …港, …湾) for the place and
 * organization extractors to combine with a name before them. Immutable, thread-safe.
 */
public final class Regions {
    private static final String RESOURCE = "/models/places/regions.txt";

    private final List<String> regions;
    private final List<String> areaSuffixes;
    private final FormTrie regionTrie;
    private final FormTrie suffixTrie;

    private Regions(List<String> regions, List<String> areaSuffixes) {
        this.regions = List.copyOf(regions);
        List<String> bySize = new ArrayList<>(areaSuffixes);
        bySize.sort(Comparator.comparingInt(String::length).reversed());
        this.areaSuffixes = List.copyOf(bySize);
        this.regionTrie = trieOf(this.regions);
        this.suffixTrie = trieOf(this.areaSuffixes);
    }

    /** The packaged region list, loaded on first use. */
    public static Regions standard() { return Standard.INSTANCE; }

    private static final class Standard {
        static final Regions INSTANCE = load();
    }

    static Regions load() {
        List<String> regions = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        InputStream stream = Regions.class.getResourceAsStream(RESOURCE);
        if (stream == null) throw new IllegalStateException("missing resource " + RESOURCE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                if (tab < 0) throw new IllegalStateException(RESOURCE + ": no kind column in: " + line);
                String kind = line.substring(0, tab);
                String word = line.substring(tab + 1).strip();
                switch (kind) {
                    case "region" -> regions.add(word);
                    case "area-suffix" -> suffixes.add(word);
                    default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + kind);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new Regions(regions, suffixes);
    }

    public boolean isRegion(String word) { return word != null && regionTrie.get(word) != FormTrie.NONE; }

    public List<String> regions() { return regions; }

    /** Named-area suffixes, longest first (经济技术开发区 before 开发区 before 港). */
    public List<String> areaSuffixes() { return areaSuffixes; }

    /** The longest named-area suffix starting at pos (开发区 in 南通开发区 at 2), if any. */
    public Optional<String> areaSuffixAt(CharSequence text, int pos) {
        int end = longestAt(suffixTrie, text, pos);
        return end < 0 ? Optional.empty() : Optional.of(text.subSequence(pos, end).toString());
    }

    /** Macro-region words in text, leftmost-longest, not overlapping. Linear in the text length. */
    public List<RegionMatch> find(CharSequence text) {
        List<RegionMatch> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = longestAt(regionTrie, text, i);
            if (end < 0) {
                i++;
            } else {
                out.add(new RegionMatch(new LocalSpan(i, end), text.subSequence(i, end).toString()));
                i = end;
            }
        }
        return out;
    }

    private static int longestAt(FormTrie trie, CharSequence text, int pos) {
        int best = -1;
        int node = FormTrie.ROOT;
        for (int j = pos; j < text.length(); j++) {
            node = trie.child(node, text.charAt(j));
            if (node == FormTrie.NONE) break;
            if (trie.value(node) != FormTrie.NONE) best = j + 1;
        }
        return best;
    }

    private static FormTrie trieOf(List<String> words) {
        FormTrie.Builder b = new FormTrie.Builder();
        for (int i = 0; i < words.size(); i++) b.setValue(b.add(words.get(i)), i);
        return b.build();
    }
}
