package io.xunlu.extract.place;

import io.xunlu.extract.LocalSpan;
import io.xunlu.text.CharMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Place words news uses that are not administrative divisions, from models/places/regions.txt and
 * province-abbreviations.tsv: macro-regions (长三角, 京津冀, 苏南, and 川东北 composed from an
 * abbreviation and a direction) that can be found in free text, the province abbreviations
 * themselves (苏 → 32, for document numbers such as 苏政发), and the suffixes that turn
 * a place or proper name into a named area (…经济技术开发区, …新区, …港, …湾) for the place and
 * organization extractors to combine with a name before them. Immutable, thread-safe.
 */
public final class Regions {
    private static final String RESOURCE = "/models/places/regions.txt";
    private static final String ABBREVIATIONS = "/models/places/province-abbreviations.tsv";

    private final List<String> regions;
    private final List<String> areaSuffixes;
    private final FormTrie regionTrie;
    private final FormTrie suffixTrie;
    private final FormTrie directionTrie;
    private final FormTrie tailTrie;
    private final CharMap<String> provinceByAbbreviation;

    private Regions(List<String> regions, List<String> areaSuffixes, List<String> directions,
                    List<String> tails, Map<Character, String> provinceByAbbreviation) {
        this.tailTrie = trieOf(tails);
        this.regions = List.copyOf(regions);
        this.directionTrie = trieOf(directions);
        this.provinceByAbbreviation = new CharMap<>(provinceByAbbreviation);
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
        List<String> directions = new ArrayList<>();
        List<String> tails = new ArrayList<>();
        for (String line : dataLines(RESOURCE)) {
            String[] f = columns(line, RESOURCE);
            switch (f[0]) {
                case "region" -> regions.add(f[1]);
                case "area-suffix" -> suffixes.add(f[1]);
                case "direction" -> directions.add(f[1]);
                case "region-tail" -> tails.add(f[1]);
                default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + f[0]);
            }
        }
        Map<Character, String> abbreviations = new HashMap<>();
        for (String line : dataLines(ABBREVIATIONS)) {
            String[] f = columns(line, ABBREVIATIONS);
            for (String a : f[1].split(",")) {
                if (a.length() != 1) throw new IllegalStateException(ABBREVIATIONS + ": not one character: " + a);
                abbreviations.put(a.charAt(0), f[0]);
            }
        }
        return new Regions(regions, suffixes, directions, tails, abbreviations);
    }

    private static List<String> dataLines(String resource) {
        List<String> out = new ArrayList<>();
        InputStream stream = Regions.class.getResourceAsStream(resource);
        if (stream == null) throw new IllegalStateException("missing resource " + resource);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }

    private static String[] columns(String line, String resource) {
        String[] f = line.split("\t");
        if (f.length != 2) throw new IllegalStateException(resource + ": need 2 columns: " + line);
        return new String[] {f[0].strip(), f[1].strip()};
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

    /** The province code of a one-character abbreviation (苏 → 32, 黔 → 52), if it is one. */
    public Optional<String> provinceOfAbbreviation(char c) { return Optional.ofNullable(provinceByAbbreviation.get(c)); }

    /**
     * Macro-region words in text, leftmost-longest, not overlapping: the listed regions, and a
     * province abbreviation followed by a two-character direction (川东北, 浙西南); either may take
     * a region tail (长三角地区). Linear in the text length.
     */
    public List<RegionMatch> find(CharSequence text) {
        List<RegionMatch> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = longestAt(regionTrie, text, i);
            if (i + 1 < text.length() && provinceByAbbreviation.containsKey(text.charAt(i))) {
                int direction = longestAt(directionTrie, text, i + 1);
                end = Math.max(end, direction);
            }
            if (end > 0) end = Math.max(end, longestAt(tailTrie, text, end)); // 长三角 + 地区
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
