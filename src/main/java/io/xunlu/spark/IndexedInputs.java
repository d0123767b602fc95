package io.xunlu.spark;

import io.xunlu.batch.InputFailure;
import io.xunlu.batch.InputItem;
import io.xunlu.batch.InputSettings;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
import scala.Tuple2;

/**
 * One unit's inputs, read one at a time and keyed by their global index, for the shuffle that
 * spreads them over the extraction partitions. Each input is loaded here, while its container is
 * open (batch's loaders are valid only until the walk moves on); the unit is closed when its last
 * input is out, or when the task ends.
 */
final class IndexedInputs implements Iterator<Tuple2<Long, LoadedInput>> {
    private final UnitReader reader;
    private long nextIndex;
    private InputItem pending;
    private boolean closed;

    private IndexedInputs(UnitReader reader, long firstIndex) {
        this.reader = reader;
        this.nextIndex = firstIndex;
    }

    static Iterator<Tuple2<Long, LoadedInput>> of(PlacedUnit placed, Configuration conf, InputSettings settings) {
        IndexedInputs inputs = new IndexedInputs(UnitReader.open(placed.unit(), conf, settings), placed.firstIndex());
        TaskContext task = TaskContext.get();
        if (task != null) task.addTaskCompletionListener((TaskCompletionListener) ctx -> inputs.close());
        return inputs;
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !closed) {
            pending = reader.next();
            if (pending == null) close();
        }
        return pending != null;
    }

    @Override
    public Tuple2<Long, LoadedInput> next() {
        if (!hasNext()) throw new NoSuchElementException();
        InputItem item = pending;
        pending = null;
        LoadedInput loaded;
        try {
            loaded = LoadedInput.of(item.load());
        } catch (InputFailure f) {
            loaded = LoadedInput.failed(item.name(), f);
        }
        return new Tuple2<>(nextIndex++, loaded);
    }

    private void close() {
        if (closed) return;
        closed = true;
        reader.close();
    }
}
