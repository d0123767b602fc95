package io.xunlu.spark;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.util.AccumulatorV2;

/**
 * The run's counts for the summary line, gathered from the tasks that wrote the output. Spark
 * merges the updates of a result task once, from its successful attempt, so the counts match the
 * lines written even when tasks are retried.
 */
final class RunTally extends AccumulatorV2<OutputLine, RunTally.Totals> {
    /** Lines written, error records among them by code, and source characters of the documents. */
    record Totals(long lines, long errors, long chars, SortedMap<String, Long> errorsByCode) {}

    private long lines;
    private long errors;
    private long chars;
    private final TreeMap<String, Long> byCode = new TreeMap<>();

    @Override
    public boolean isZero() { return lines == 0 && errors == 0 && chars == 0 && byCode.isEmpty(); }

    @Override
    public RunTally copy() {
        RunTally c = new RunTally();
        c.lines = lines;
        c.errors = errors;
        c.chars = chars;
        c.byCode.putAll(byCode);
        return c;
    }

    @Override
    public void reset() {
        lines = 0;
        errors = 0;
        chars = 0;
        byCode.clear();
    }

    @Override
    public void add(OutputLine line) {
        lines++;
        chars += line.chars();
        if (line.errorCode() != null) {
            errors++;
            byCode.merge(line.errorCode(), 1L, Long::sum);
        }
    }

    @Override
    public void merge(AccumulatorV2<OutputLine, Totals> other) {
        Totals t = other.value();
        lines += t.lines();
        errors += t.errors();
        chars += t.chars();
        t.errorsByCode().forEach((code, n) -> byCode.merge(code, n, Long::sum));
    }

    @Override
    public Totals value() {
        return new Totals(lines, errors, chars, Collections.unmodifiableSortedMap(new TreeMap<>(byCode)));
    }
}
