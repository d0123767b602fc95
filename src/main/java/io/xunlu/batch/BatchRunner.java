package io.xunlu.batch;

import io.xunlu.Xunlu;
import io.xunlu.ingest.InputDoc;
import io.xunlu.json.Json;
import io.xunlu.json.XunluDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Bulk extraction: inputs → one JSON line each in OUT, in input order, on all the threads asked for.
 *
 * <p>Flow: this thread walks the inputs (lazily, in a deterministic order), reads each one and
 * hands it to a {@link WatchdogPool}; the pending results wait in a window of at most
 * {@code window} entries, written out in order as the oldest completes. The window bounds the work
 * queue and the reorder buffer together, so memory stays bounded whatever the number of inputs:
 * when it is full the walk waits for the oldest result, which the time limit guarantees will come.
 *
 * <p>Every input gives exactly one line: a document, or an error record (unreadable input, the
 * ingest errors, batch.timeout, internal.error). Nothing that goes wrong with one input stops the run.
 */
public final class BatchRunner {
    /**
     * @param threads       worker threads
     * @param timeoutMillis time limit per document (0: none)
     * @param window        most inputs in flight (queued, running or waiting to be written)
     */
    public record Settings(int threads, long timeoutMillis, int window, boolean resume, InputSettings inputs) {
        public Settings {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
            if (window < threads) throw new IllegalArgumentException("the window must hold at least one input per thread");
        }

        public static int defaultWindow(int threads) { return Math.max(16, threads * 8); }
    }

    /** One finished input, already serialized on the worker so that writing is all this thread does. */
    private record Line(String json, String errorCode, long chars) {
        static Line of(XunluDocument doc) {
            Integer chars = doc.isError() || doc.source() == null ? null : doc.source().chars();
            return new Line(Json.compact(ContractLine.of(doc)), doc.isError() ? doc.error().code() : null, chars == null ? 0 : chars);
        }
    }

    private final Xunlu engine;
    private final Settings settings;

    public BatchRunner(Xunlu engine, Settings settings) {
        this.engine = engine;
        this.settings = settings;
    }

    public BatchSummary run(List<Path> inputs, Path outFile, java.util.function.LongFunction<BatchProgress> progressFactory)
            throws IOException {
        long started = System.nanoTime();
        HeapPeak.reset();
        try (ResumableOutput out = ResumableOutput.open(outFile, settings.resume());
             InputWalker walker = new InputWalker(inputs, settings.inputs());
             WatchdogPool<InputDoc, Line> pool = new WatchdogPool<>(settings.threads(), settings.timeoutMillis(),
                     doc -> Line.of(engine.extract(doc)),
                     doc -> Line.of(ErrorRecords.timeout(doc, settings.timeoutMillis())),
                     (doc, t) -> Line.of(ErrorRecords.internal(doc, t)));
             BatchProgress progress = progressFactory.apply(out.existing().lines())) {
            long skip = out.existing().lines();
            if (progress.wantsTotal()) countInBackground(inputs, progress);
            for (long i = 0; i < skip; i++) {
                if (walker.next() == null) break; // OUT has more lines than there are inputs: nothing left
            }
            Counts counts = new Counts();
            Deque<CompletableFuture<Line>> window = new ArrayDeque<>();
            InputItem item;
            while ((item = walker.next()) != null) {
                window.add(start(item, pool));
                while (!window.isEmpty() && (window.size() >= settings.window() || window.peek().isDone())) {
                    write(window.poll(), out, counts);
                    progress.done(skip + counts.lines);
                }
            }
            while (!window.isEmpty()) {
                write(window.poll(), out, counts);
                progress.done(skip + counts.lines);
            }
            return new BatchSummary(counts.lines, counts.lines - counts.errors, counts.errors, counts.byCode, counts.chars,
                    Duration.ofNanos(System.nanoTime() - started), skip, out.existing().errorLines(),
                    pool.abandonedThreads(), HeapPeak.usedBytes());
        }
    }

    private CompletableFuture<Line> start(InputItem item, WatchdogPool<InputDoc, Line> pool) {
        InputDoc doc;
        try {
            doc = item.load();
        } catch (InputFailure f) {
            return CompletableFuture.completedFuture(Line.of(ErrorRecords.unreadable(item.name(), f, settings.inputs())));
        }
        return pool.submit(doc);
    }

    private static final class Counts {
        long lines;
        long errors;
        long chars;
        final SortedMap<String, Long> byCode = new TreeMap<>();
    }

    private static void write(CompletableFuture<Line> pending, ResumableOutput out, Counts counts) throws IOException {
        Line line;
        try {
            line = pending.join();
        } catch (CompletionException e) {
            // the failure outcome itself failed: still one line for this input
            line = new Line("{\"schema\":\"xunlu/1\",\"source\":{},\"error\":{\"code\":\"" + ErrorRecords.INTERNAL
                    + "\",\"message\":" + Json.compact(String.valueOf(e.getCause())) + "}}", ErrorRecords.INTERNAL, 0);
        }
        out.writeLine(line.json());
        counts.lines++;
        counts.chars += line.chars();
        if (line.errorCode() != null) {
            counts.errors++;
            counts.byCode.merge(line.errorCode(), 1L, Long::sum);
        }
    }

    /**
     * The total for the progress bar, from a second walk that reads nothing but names (and jsonl
     * line breaks); on a daemon thread, so a huge tree delays only the bar's ETA, never the run.
     */
    private void countInBackground(List<Path> inputs, BatchProgress progress) {
        Thread t = new Thread(() -> {
            long n = 0;
            try (InputWalker w = new InputWalker(inputs, settings.inputs())) {
                while (w.next() != null) n++;
                progress.total(n);
            } catch (IOException | RuntimeException e) {
                // no total: the bar runs without one
            }
        }, "xunlu-count-inputs");
        t.setDaemon(true);
        t.start();
    }
}
