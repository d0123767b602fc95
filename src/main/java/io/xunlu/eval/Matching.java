package io.xunlu.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs gold items with produced items one to one. Each gold item, in order, takes the free
 * produced candidate that matches exactly, else any that matches; among equals it takes the one
 * that agrees on the most judged attributes, so two 38.65亿元 figures with different attributes
 * pair up the way the text meant. Candidates are looked up by key where the match needs equal keys;
 * time is at worst gold × produced (many items with one key), memory linear.
 */
final class Matching {
    /** Indices into the gold and produced lists; -1 on the side that has none. */
    record Pair(int gold, int produced) {}

    private Matching() {}

    static List<Pair> pair(List<Item> gold, List<Item> produced, Match match, List<AccuracyRule> rules) {
        int[] goldTo = new int[gold.size()];
        boolean[] taken = new boolean[produced.size()];
        Arrays.fill(goldTo, -1);
        List<Integer> everything = new ArrayList<>(produced.size());
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int p = 0; p < produced.size(); p++) {
            if (match.needsEqualKeys()) byKey.computeIfAbsent(produced.get(p).key(), k -> new ArrayList<>()).add(p);
            else everything.add(p);
        }
        for (boolean exactRound : new boolean[] {true, false}) {
            for (int g = 0; g < gold.size(); g++) {
                if (goldTo[g] >= 0) continue;
                Item gi = gold.get(g);
                int most = 0;
                for (AccuracyRule r : rules) if (r.judges(gi)) most++;
                int best = -1;
                int bestAgreement = -1;
                for (int p : match.needsEqualKeys() ? byKey.getOrDefault(gi.key(), List.of()) : everything) {
                    if (taken[p]) continue;
                    Item pi = produced.get(p);
                    boolean ok = exactRound ? match.exact(gi, pi) : match.matches(gi, pi);
                    if (!ok) continue;
                    int agreement = agreement(gi, pi, rules);
                    if (agreement > bestAgreement) {
                        best = p;
                        bestAgreement = agreement;
                        if (agreement == most) break; // nothing can agree more
                    }
                }
                if (best >= 0) {
                    goldTo[g] = best;
                    taken[best] = true;
                }
            }
        }
        List<Pair> pairs = new ArrayList<>(gold.size() + produced.size());
        for (int g = 0; g < gold.size(); g++) pairs.add(new Pair(g, goldTo[g]));
        for (int p = 0; p < produced.size(); p++) if (!taken[p]) pairs.add(new Pair(-1, p));
        return pairs;
    }

    private static int agreement(Item g, Item p, List<AccuracyRule> rules) {
        int n = 0;
        for (AccuracyRule r : rules) if (r.judges(g) && r.correct(g, p)) n++;
        return n;
    }
}
