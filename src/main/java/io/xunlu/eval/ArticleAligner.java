package io.xunlu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which produced article of a page stands for which gold article, so items are compared
 * within the same article. First by headline similarity (character-bigram Dice of at least
 * {@link #MIN_SIMILARITY}, best pairs first); then the leftovers of the same kind in page order
 * (photo captions and briefs often have no headline); then any leftovers in page order. An
 * article left on one side is a miss or a false positive, and so is everything in it.
 */
final class ArticleAligner {
    static final double MIN_SIMILARITY = 0.5;
    /** Headlines are short; a pathological one is compared on its start only. */
    private static final int MAX_HEADLINE = 200;

    private ArticleAligner() {}

    static List<Matching.Pair> align(List<JsonNode> gold, List<JsonNode> produced) {
        int[] goldTo = new int[gold.size()];
        int[] producedTo = new int[produced.size()];
        Arrays.fill(goldTo, -1);
        Arrays.fill(producedTo, -1);

        record Candidate(int gold, int produced, double similarity) {}
        List<Candidate> candidates = new ArrayList<>();
        List<long[]> producedGrams = produced.stream().map(a -> bigrams(headline(a))).toList();
        for (int g = 0; g < gold.size(); g++) {
            long[] gh = bigrams(headline(gold.get(g)));
            if (gh.length == 0) continue;
            for (int p = 0; p < produced.size(); p++) {
                double s = dice(gh, producedGrams.get(p));
                if (s >= MIN_SIMILARITY) candidates.add(new Candidate(g, p, s));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::produced));
        for (Candidate c : candidates) link(goldTo, producedTo, c.gold(), c.produced());

        // Leftovers of one kind, paired in page order; then leftovers of any kind.
        for (int g = 0; g < gold.size(); g++) {
            if (goldTo[g] >= 0) continue;
            String kind = gold.get(g).path("kind").asText("");
            for (int p = 0; p < produced.size(); p++) {
                if (producedTo[p] < 0 && produced.get(p).path("kind").asText("").equals(kind)) {
                    link(goldTo, producedTo, g, p);
                    break;
                }
            }
        }
        int p = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (goldTo[g] >= 0) continue;
            while (p < produced.size() && producedTo[p] >= 0) p++;
            if (p < produced.size()) link(goldTo, producedTo, g, p);
        }

        List<Matching.Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) pairs.add(new Matching.Pair(g, goldTo[g]));
        for (int q = 0; q < produced.size(); q++) if (producedTo[q] < 0) pairs.add(new Matching.Pair(-1, q));
        return pairs;
    }

    private static void link(int[] goldTo, int[] producedTo, int g, int p) {
        if (goldTo[g] >= 0 || producedTo[p] >= 0) return;
        goldTo[g] = p;
        producedTo[p] = g;
    }

    static String headline(JsonNode article) {
        JsonNode h = article.path("headline");
        if (!h.isTextual()) return "";
        String raw = h.asText();
        // fold only what can be compared: whitespace removal shortens, so twice the limit is plenty
        String s = TextFold.compact(raw.length() > 2 * MAX_HEADLINE ? raw.substring(0, 2 * MAX_HEADLINE) : raw);
        return s.length() > MAX_HEADLINE ? s.substring(0, MAX_HEADLINE) : s;
    }

    /** Dice coefficient over character bigrams (a one-character headline is its own unigram). */
    static double similarity(String a, String b) {
        return dice(bigrams(a), bigrams(b));
    }

    private static double dice(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) return 0;
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }

    /** Each bigram of code points as one long (first << 21 | second), sorted, repeats kept. */
    private static long[] bigrams(String s) {
        int[] cps = s.codePoints().toArray();
        if (cps.length == 0) return new long[0];
        if (cps.length == 1) return new long[] {cps[0]};
        long[] out = new long[cps.length - 1];
        for (int i = 0; i + 1 < cps.length; i++) out[i] = ((long) cps[i] << 21) | cps[i + 1];
        Arrays.sort(out);
        return out;
    }
}
