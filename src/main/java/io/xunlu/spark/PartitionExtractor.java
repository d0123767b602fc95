package io.xunlu.spark;

import io.xunlu.Xunlu;
import io.xunlu.batch.ErrorRecords;
import io.xunlu.batch.WatchdogPool;
import io.xunlu.ingest.InputDoc;
import io.xunlu.json.Json;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
import scala.Tuple2;

/**
 * One partition's inputs → their JSON lines, lazily, in index order. Each document runs on a
 * one-thread batch WatchdogPool, so --timeout-ms gives batch.timeout records exactly as in batch
 * (HanLP cannot be interrupted: a stuck thread is abandoned and replaced, the task goes on);
 * inputs that could not be read become batch's input.unreadable / input.bad_line records.
 */
final class PartitionExtractor implements Iterator<String> {
    private final Iterator<Tuple2<Long, LoadedInput>> inputs;
    private final JobSettings settings;
    private final WatchdogPool<InputDoc, OutputLine> pool;
    private final RunTally tally;

    private PartitionExtractor(Iterator<Tuple2<Long, LoadedInput>> inputs, JobSettings settings, RunTally tally) {
        this.inputs = inputs;
        this.settings = settings;
        this.tally = tally;
        Xunlu engine = ExecutorEngine.forMaxChars(settings.maxChars());
        long limit = settings.timeoutMillis();
        this.pool = new WatchdogPool<>(1, limit,
                doc -> OutputLine.of(engine.extract(doc)),
                doc -> OutputLine.of(ErrorRecords.timeout(doc, limit)),
                (doc, t) -> OutputLine.of(ErrorRecords.internal(doc, t)));
    }

    /** The lines of one partition; the pool's threads end with the task, however it ends. */
    static Iterator<String> lines(Iterator<Tuple2<Long, LoadedInput>> inputs, JobSettings settings, RunTally tally) {
        PartitionExtractor lines = new PartitionExtractor(inputs, settings, tally);
        TaskContext task = TaskContext.get();
        if (task != null) task.addTaskCompletionListener((TaskCompletionListener) ctx -> lines.pool.close());
        return lines;
    }

    @Override
    public boolean hasNext() {
        if (inputs.hasNext()) return true;
        pool.close();
        return false;
    }

    @Override
    public String next() {
        if (!inputs.hasNext()) throw new NoSuchElementException();
        OutputLine line = extract(inputs.next()._2());
        tally.add(line);
        return line.json();
    }

    private OutputLine extract(LoadedInput input) {
        if (input instanceof LoadedInput.Failed f) {
            return OutputLine.of(ErrorRecords.unreadable(f.name(), f.toFailure(), settings.inputSettings()));
        }
        InputDoc doc = ((LoadedInput.Doc) input).toInputDoc();
        try {
            return pool.submit(doc).join();
        } catch (CompletionException e) {
            // the failure outcome itself failed: still one line for this input, as batch writes it
            return new OutputLine("{\"schema\":\"xunlu/1\",\"source\":{},\"error\":{\"code\":\"" + ErrorRecords.INTERNAL
                    + "\",\"message\":" + Json.compact(String.valueOf(e.getCause())) + "}}", ErrorRecords.INTERNAL, 0);
        }
    }
}
