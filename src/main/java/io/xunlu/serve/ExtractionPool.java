package io.xunlu.serve;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bounded place where extractions run: a fixed number of workers and a bounded queue in front
 * of them. Admission is a semaphore of workers + queue permits, so a request that finds no room is
 * refused at once (503 server.overloaded) instead of piling up, and one that waits or runs longer
 * than its time limit is answered 503 server.timeout. A timed-out extraction cannot be stopped
 * mid-way (the engine does not poll for interruption), so it keeps its permit until it really
 * ends: the pool never runs more than its workers, whatever the clients do.
 */
public final class ExtractionPool implements AutoCloseable {
    private final ThreadPoolExecutor executor;
    private final Semaphore room;
    private final int workers;
    private final int queue;
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong timedOut = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();

    /** Counters for /api/health. */
    public record Stats(int workers, int queueCapacity, int running, int waiting, long completed,
                        long refused, long timedOut) {}

    public ExtractionPool(int workers, int queue) {
        this.workers = workers;
        this.queue = queue;
        this.room = new Semaphore(workers + queue);
        // The executor's own queue is one larger than admission allows: the semaphore is the rule,
        // the bounded queue a second fence that can never be the one to refuse.
        this.executor = new ThreadPoolExecutor(workers, workers, 0L, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue + workers + 1), new NamedThreads(), new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs the task if there is room now; refuses at once otherwise. */
    public <T> T call(Callable<T> task, long timeoutMs) {
        return call(task, timeoutMs, 0);
    }

    /**
     * Runs the task, waiting up to admitWaitMs for room (a batch waits its turn rather than fail
     * half-way), then up to timeoutMs for the result.
     */
    public <T> T call(Callable<T> task, long timeoutMs, long admitWaitMs) {
        boolean admitted;
        try {
            admitted = admitWaitMs <= 0 ? room.tryAcquire() : room.tryAcquire(admitWaitMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw overloaded();
        }
        if (!admitted) {
            refused.incrementAndGet();
            throw overloaded();
        }
        Job<T> job = new Job<>(task);
        try {
            executor.execute(job);
        } catch (RejectedExecutionException e) {
            job.release();
            refused.incrementAndGet();
            throw overloaded();
        }
        try {
            T result = job.get(timeoutMs, TimeUnit.MILLISECONDS);
            completed.incrementAndGet();
            return result;
        } catch (TimeoutException e) {
            giveUp(job);
            timedOut.incrementAndGet();
            throw new ApiException(503, "server.timeout", "the extraction took longer than " + timeoutMs + " ms");
        } catch (InterruptedException e) {
            giveUp(job);
            Thread.currentThread().interrupt();
            throw new ApiException(503, "server.shutting_down", "the server is stopping");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    public Stats stats() {
        return new Stats(workers, queue, executor.getActiveCount(), executor.getQueue().size(),
                completed.get(), refused.get(), timedOut.get());
    }

    private void giveUp(Job<?> job) {
        job.cancel(true);
        // A job still in the queue will never run: its permit is returned here, not by run().
        if (executor.remove(job)) job.release();
    }

    private ApiException overloaded() {
        return new ApiException(503, "server.overloaded",
                "all " + workers + " workers are busy and " + queue + " requests are waiting; retry shortly");
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * A task that hands its admission permit back exactly once: when its work ends, before its
     * result is published (so a client that gets its answer and sends the next request at once
     * finds the room free), or when it is dropped from the queue or skipped after cancellation.
     */
    private final class Job<T> extends FutureTask<T> {
        private final AtomicBoolean released;

        Job(Callable<T> task) {
            this(task, new AtomicBoolean());
        }

        private Job(Callable<T> task, AtomicBoolean released) {
            super(() -> {
                try {
                    return task.call();
                } finally {
                    if (released.compareAndSet(false, true)) room.release();
                }
            });
            this.released = released;
        }

        @Override
        public void run() {
            try {
                super.run();
            } finally {
                release();
            }
        }

        void release() {
            if (released.compareAndSet(false, true)) room.release();
        }
    }

    private static final class NamedThreads implements ThreadFactory {
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "xunlu-extract-" + next.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
