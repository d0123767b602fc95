package io.xunlu.conformance;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Public Chinese number suites (../shared/oracles) run against our engine. Every covered case must
 * pass unless known-failures.tsv lists it with a reason; a listed case that passes fails the test
 * ("remove it from known-failures"). Skipped cases name the category our contract leaves out.
 * {@code -Dxunlu.conformance.show=recognizers-text/Percent} lists every case of the suites/models
 * starting with that prefix under the table: pass, skip (with the reason) or fail (with what we gave).
 */
class ConformanceTest {
    static List<OracleCase> all() {
        if (!Oracles.present()) return List.of();
        List<OracleCase> out = new ArrayList<>();
        out.addAll(RecognizersText.cases());
        out.addAll(JioNlp.cases());
        out.addAll(Cn2an.cases());
        out.addAll(Duckling.cases());
        out.addAll(Itn.cases());
        return out;
    }

    static Stream<OracleCase> cases() {
        List<OracleCase> all = all();
        return all.isEmpty() ? Stream.of(OracleCase.skipped("none", "none", "no ../shared/oracles", "suites absent")) : all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void conforms(OracleCase c) {
        Assumptions.assumeTrue(c.skip() == null, () -> "not covered: " + c.skip());
        String failure = c.check().get();
        String known = KnownFailures.reason(c);
        if (known == null) {
            assertNull(failure, () -> c + " → got " + failure);
        } else {
            assertNotNull(failure, () -> c + " passes now: remove it from known-failures (" + known + ")");
        }
    }

    /** A known failure whose reason starts with this is one where the oracle's answer contradicts our contract. */
    private static final String DISPUTED = "disputed:";

    private static String row(String name, int[] r) {
        return String.format("%-40s %5d %5d %5d %8d   %6.1f%%   %6.1f%%%n", name, r[0], r[1], r[2], r[3],
                100.0 * r[0] / Math.max(1, r[0] + r[2]), 100.0 * r[0] / Math.max(1, r[0] + r[2] + r[3]));
    }

    /** The pass/skip/fail table per suite and model, and the skip categories. */
    @Test
    void summary() {
        Assumptions.assumeTrue(Oracles.present(), "../shared/oracles absent");
        Map<String, int[]> table = new TreeMap<>();
        Map<String, Integer> skips = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        Map<String, OracleCase> seen = new LinkedHashMap<>();
        String show = System.getProperty("xunlu.conformance.show", "");
        StringBuilder shown = new StringBuilder();
        for (OracleCase c : all()) {
            int[] row = table.computeIfAbsent(c.suite() + "/" + c.model(), k -> new int[4]);
            seen.put(c.key(), c);
            boolean listed = !show.isEmpty() && (c.suite() + "/" + c.model()).startsWith(show);
            if (c.skip() != null) {
                if (listed) shown.append("  skip  ").append(c.id()).append("  (").append(c.skip()).append(")\n");
                row[1]++;
                skips.merge(c.suite() + ": " + c.skip(), 1, Integer::sum);
                continue;
            }
            String failure = c.check().get();
            if (listed) shown.append(failure == null ? "  pass  " + c.id() : "  FAIL  " + c.id() + "  → " + failure).append('\n');
            String reason = KnownFailures.reason(c);
            if (failure == null) row[0]++;
            else if (reason != null && reason.startsWith(DISPUTED)) row[3]++;
            else {
                row[2]++;
                if (reason == null) unexpected.add(c.key() + "\t" + failure);
            }
        }
        StringBuilder b = new StringBuilder("\nsuite/model                              pass  skip  fail disputed  pass-rate  counting disputed as failed\n");
        int[] total = new int[4];
        table.forEach((k, r) -> {
            b.append(row(k, r));
            for (int i = 0; i < 4; i++) total[i] += r[i];
        });
        b.append(row("total", total));
        b.append("(disputed: listed in known-failures.tsv as \"disputed:\", where the oracle's answer contradicts our contract)\n");
        b.append("\nskipped (not covered by our contract):\n");
        skips.forEach((k, n) -> b.append(String.format("  %4d  %s%n", n, k)));
        if (!unexpected.isEmpty()) b.append("\nfailing, not in known-failures.tsv:\n").append(String.join("\n", unexpected)).append('\n');
        if (!show.isEmpty()) b.append("\ncases of ").append(show).append(" (-Dxunlu.conformance.show):\n").append(shown);
        System.out.println(b);
        if (!unexpected.isEmpty()) fail(unexpected.size() + " unexpected failures; see the table");
    }
}
