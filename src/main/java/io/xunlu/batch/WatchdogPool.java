package io.xunlu.batch;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A fixed number of worker threads that run one task per input with a time limit. HanLP's
 * segmenters cannot be interrupted, so a task over its limit is not stopped: a watchdog completes
 * its result with the timeout outcome, retires the stuck thread (it exits whenever the task ends)
 * and starts a fresh worker in its place, so the run keeps its full number of threads and goes on.
 * Whichever completes the result first, the task or the watchdog, wins; the other's outcome is
 * dropped. A task that throws (any Throwable, StackOverflowError included) gives the failure
 * outcome; nothing escapes to kill a worker.
 *
 * @param <I> what a task reads
 * @param <O> what it gives; the timeout and failure outcomes are of the same type
 */
public final class WatchdogPool<I, O> implements AutoCloseable {
    private final Function<I, O> task;
    private final Function<I, O> onTimeout;
    private final BiFunction<I, Throwable, O> onFailure;
    private final long timeoutMillis;
    private final BlockingQueue<Job<I, O>> queue = new LinkedBlockingQueue<>();
    private final ScheduledExecutorService watchdog;
    private final AtomicInteger abandoned = new AtomicInteger();
    private final AtomicInteger workerNumbers = new AtomicInteger();
    private volatile boolean closed;

    /** claimed: set by whichever finishes the job first, the worker or the watchdog. */
    private record Job<I, O>(I input, CompletableFuture<O> result, AtomicBoolean claimed) {}

    /**
     * @param timeoutMillis time limit per task from the moment a worker starts it; 0 for none
     */
    public WatchdogPool(int threads, long timeoutMillis, Function<I, O> task, Function<I, O> onTimeout,
                        BiFunction<I, Throwable, O> onFailure) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.task = task;
        this.onTimeout = onTimeout;
        this.onFailure = onFailure;
        this.timeoutMillis = timeoutMillis;
        ScheduledThreadPoolExecutor w = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "xunlu-watchdog"));
        w.setRemoveOnCancelPolicy(true); // a cancelled alarm must not stay queued until its deadline
        this.watchdog = w;
        for (int i = 0; i < threads; i++) startWorker();
    }

    /** Queues a task; the caller bounds how many are pending (the batch runner's window does). */
    public CompletableFuture<O> submit(I input) {
        if (closed) throw new IllegalStateException("the pool is closed");
        Job<I, O> job = new Job<>(input, new CompletableFuture<>(), new AtomicBoolean());
        queue.add(job);
        return job.result();
    }

    /** Threads given up on because their task ran over the limit (some may still be running). */
    public int abandonedThreads() { return abandoned.get(); }

    private void startWorker() {
        daemon(this::work, "xunlu-worker-" + workerNumbers.incrementAndGet()).start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true); // a stuck worker must never keep the JVM alive after the run
        return t;
    }

    private void work() {
        while (!closed) {
            Job<I, O> job;
            try {
                job = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (job == null) continue;
            ScheduledFuture<?> alarm = timeoutMillis > 0
                    ? watchdog.schedule(() -> expire(job), timeoutMillis, TimeUnit.MILLISECONDS) : null;
            boolean mine = finish(job);
            if (alarm != null) alarm.cancel(false);
            if (!mine) return; // the watchdog gave up on this thread and replaced it
        }
    }

    /** Runs the task and completes its result; false when the watchdog had completed it already. */
    private boolean finish(Job<I, O> job) {
        O out;
        try {
            out = task.apply(job.input());
        } catch (Throwable t) {
            try {
                out = onFailure.apply(job.input(), t);
            } catch (Throwable t2) {
                t2.addSuppressed(t);
                if (!job.claimed().compareAndSet(false, true)) return false;
                job.result().completeExceptionally(t2);
                return true;
            }
        }
        if (!job.claimed().compareAndSet(false, true)) return false;
        job.result().complete(out);
        return true;
    }

    private void expire(Job<I, O> job) {
        if (!job.claimed().compareAndSet(false, true)) return;
        // count and replace before completing, so whoever sees the result sees the replacement too
        abandoned.incrementAndGet();
        if (!closed) startWorker();
        O out;
        try {
            out = onTimeout.apply(job.input());
        } catch (RuntimeException e) {
            job.result().completeExceptionally(e);
            return;
        }
        job.result().complete(out);
    }

    @Override
    public void close() {
        closed = true;
        watchdog.shutdownNow();
    }
}
