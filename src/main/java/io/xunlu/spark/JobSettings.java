package io.xunlu.spark;

import io.xunlu.Xunlu;
import io.xunlu.batch.InputSettings;
import io.xunlu.ingest.Format;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What every task of a run shares, shipped to the executors inside the task closures (hence
 * Serializable; batch's InputSettings is not, and is rebuilt from this on each side).
 *
 * @param published     publication date relative dates resolve against (a jsonl line's own wins); may be null
 * @param format        --format
 * @param encoding      --encoding ("auto" or a charset name)
 * @param maxChars      --max-chars: larger inputs become ingest.too_large records
 * @param timeoutMillis --timeout-ms per document (0: none)
 * @param partitions    extraction partitions; 0 picks {@link #partitionsFor}
 * @param region        --region as a GB/T 2260 code (a jsonl line's own wins); may be null
 */
public record JobSettings(LocalDate published, Format format, String encoding, int maxChars, long timeoutMillis,
                          int partitions, String region) implements Serializable {
    /** With no --partitions: four per core the cluster offers, for balance, never more than one per input. */
    static final int PARTITIONS_PER_CORE = 4;

    public JobSettings {
        if (maxChars < 1) throw new IllegalArgumentException("--max-chars must be at least 1");
        if (timeoutMillis < 0) throw new IllegalArgumentException("--timeout-ms must be 0 (no limit) or more");
        if (partitions < 0) throw new IllegalArgumentException("--partitions must be 0 (automatic) or more");
        if (format == null) format = Format.AUTO;
        if (encoding == null) encoding = "auto";
    }

    public JobSettings(LocalDate published, Format format, String encoding, int maxChars, long timeoutMillis, int partitions) {
        this(published, format, encoding, maxChars, timeoutMillis, partitions, null);
    }

    /** The settings `./xunlu batch` uses when given no options. */
    public static JobSettings defaults() {
        return new JobSettings(null, Format.AUTO, "auto", Xunlu.DEFAULT_MAX_CHARS, 60_000, 0);
    }

    public JobSettings withPartitions(int n) {
        return new JobSettings(published, format, encoding, maxChars, timeoutMillis, n, region);
    }

    public JobSettings withPublished(LocalDate date) {
        return new JobSettings(date, format, encoding, maxChars, timeoutMillis, partitions, region);
    }

    public JobSettings withRegion(String code) {
        return new JobSettings(published, format, encoding, maxChars, timeoutMillis, partitions, code);
    }

    InputSettings inputSettings() { return InputSettings.forMaxChars(published, format, encoding, maxChars).withRegion(region); }

    /** Partitions for a run of {@code inputs} inputs on a cluster offering {@code cores} task slots. */
    int partitionsFor(long inputs, int cores) {
        long wanted = partitions > 0 ? partitions : (long) PARTITIONS_PER_CORE * Math.max(1, cores);
        return (int) Math.max(1, Math.min(wanted, Math.max(1, inputs)));
    }
}
