package io.xunlu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        java.util.Arrays.fill(goldTo, -1);
        java.util.Arrays.fill(producedTo, -1);

        record Candidate(int gold, int produced, double similarity) {}
        List<Candidate> candidates = new ArrayList<>();
        List<String> producedHeadlines = produced.stream().map(ArticleAligner::headline).toList();
        for (int g = 0; g < gold.size(); g++) {
            String gh = headline(gold.get(g));
            if (gh.isEmpty()) continue;
            for (int p = 0; p < produced.size(); p++) {
                double s = similarity(gh, producedHeadlines.get(p));
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
        String s = TextFold.compact(h.asText());
        return s.length() > MAX_HEADLINE ? s.substring(0, MAX_HEADLINE) : s;
    }

    /** Dice coefficient over character bigrams (a one-character headline is its own unigram). */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        if (a.equals(b)) return 1;
        Map<String, Integer> grams = new HashMap<>();
        List<String> ga = bigrams(a);
        List<String> gb = bigrams(b);
        for (String s : ga) grams.merge(s, 1, Integer::sum);
        int common = 0;
        for (String s : gb) {
            Integer n = grams.get(s);
            if (n != null && n > 0) {
                common++;
                grams.put(s, n - 1);
            }
        }
        return 2.0 * common / (ga.size() + gb.size());
    }

    private static List<String> bigrams(String s) {
        int[] cps = s.codePoints().toArray();
        List<String> out = new ArrayList<>(Math.max(1, cps.length - 1));
        if (cps.length == 1) out.add(s);
        for (int i = 0; i + 1 < cps.length; i++) out.add(new String(cps, i, 2));
        return out;
    }
}
