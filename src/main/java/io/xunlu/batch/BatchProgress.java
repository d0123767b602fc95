package io.xunlu.batch;

/** What a batch run tells its watcher: inputs done so far, and the total once it is known. */
public interface BatchProgress extends AutoCloseable {
    /** Whether the total is worth counting (a second, read-only walk over the inputs). */
    boolean wantsTotal();

    void total(long inputs);

    void done(long inputs);

    @Override
    void close();

    BatchProgress NONE = new BatchProgress() {
        @Override public boolean wantsTotal() { return false; }
        @Override public void total(long inputs) {}
        @Override public void done(long inputs) {}
        @Override public void close() {}
    };
}
