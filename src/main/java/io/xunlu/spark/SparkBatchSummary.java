package io.xunlu.spark;

import java.time.Duration;
import java.util.Locale;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * How a Spark run went, for the one-line summary (batch's wording, so the two can be compared).
 *
 * @param inputs       output lines written, one per input
 * @param ok           documents among them
 * @param errors       error records among them, by code in {@code errorsByCode}
 * @param chars        source characters (code points) of the documents
 * @param partitions   extraction partitions used
 * @param output       the output folder (part-00000, part-00001 … in input order)
 */
public record SparkBatchSummary(long inputs, long ok, long errors, SortedMap<String, Long> errorsByCode, long chars,
                                Duration elapsed, int partitions, String output) {
    public double inputsPerSecond() { return perSecond(inputs); }

    public double charsPerSecond() { return perSecond(chars); }

    private double perSecond(long n) {
        double s = elapsed.toNanos() / 1e9;
        return s > 0 ? n / s : 0;
    }

    public String line() {
        StringBuilder sb = new StringBuilder("xunlu spark: ");
        sb.append(inputs).append(" inputs, ").append(ok).append(" ok, ").append(errors).append(" errors");
        if (!errorsByCode.isEmpty()) {
            sb.append(" (").append(errorsByCode.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "))).append(')');
        }
        sb.append(String.format(Locale.ROOT, ", %d chars, %.0f chars/s, %.1f inputs/s, %.1f s, %d partitions → %s",
                chars, charsPerSecond(), inputsPerSecond(), elapsed.toMillis() / 1000.0, partitions, output));
        return sb.toString();
    }
}
