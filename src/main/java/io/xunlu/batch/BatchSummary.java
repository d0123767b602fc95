package io.xunlu.batch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * How a batch run went, for the one-line summary on standard error and the exit code. Counts
 * include what an earlier, interrupted run wrote (resumed) so that the exit code covers the whole
 * output file.
 *
 * @param inputs     output lines written by this run
 * @param ok         documents among them
 * @param errors     error records among them, by code in {@code errorsByCode}
 * @param chars      source characters (code points) of the documents extracted
 * @param resumed    complete lines an earlier run had written, skipped by --resume
 * @param resumedErrors error records among those
 * @param abandonedThreads worker threads given up on after a time-out
 * @param peakHeapBytes peak heap use of the run (sum of the heap pools' peaks)
 */
public record BatchSummary(long inputs, long ok, long errors, SortedMap<String, Long> errorsByCode, long chars,
                           Duration elapsed, long resumed, long resumedErrors, int abandonedThreads,
                           long peakHeapBytes) {
    /** The contract's exit codes: 0 when every input gave a document, 1 when some gave error records. */
    public int exitCode() { return errors + resumedErrors == 0 ? 0 : 1; }

    public double charsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s > 0 ? chars / s : 0;
    }

    public String line() {
        StringBuilder sb = new StringBuilder("xunlu batch: ");
        sb.append(inputs).append(" inputs, ").append(ok).append(" ok, ").append(errors).append(" errors");
        if (!errorsByCode.isEmpty()) {
            sb.append(" (").append(errorsByCode.entrySet().stream().map(Map.Entry::getKey)
                    .map(k -> k + " " + errorsByCode.get(k)).collect(Collectors.joining(", "))).append(')');
        }
        sb.append(String.format(Locale.ROOT, ", %d chars, %.0f chars/s, %.1f s", chars, charsPerSecond(),
                elapsed.toMillis() / 1000.0));
        if (resumed > 0) sb.append(", resumed after ").append(resumed).append(" lines (").append(resumedErrors).append(" errors)");
        if (abandonedThreads > 0) sb.append(", ").append(abandonedThreads).append(" stuck threads abandoned");
        sb.append(", peak heap ").append(HeapPeak.mib(peakHeapBytes));
        return sb.toString();
    }
}
