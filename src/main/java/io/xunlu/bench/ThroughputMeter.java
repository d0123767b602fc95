package io.xunlu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Characters per second of one piece of work over a list of inputs, on one or many threads. Every
 * thread takes the next input from a shared counter, so uneven documents balance out; the clock
 * runs from the start of the first to the end of the last. A result sink keeps the JIT from
 * discarding work whose output nobody reads.
 *
 * <p>Besides wall-clock throughput it reports characters per CPU-second (the threads' own CPU time):
 * on a machine shared with other work, wall-clock figures measure the neighbours, CPU time does not.
 * Per-CPU-second throughput that holds up on N threads means the work scales when N cores are free.
 */
public final class ThroughputMeter {
    private ThroughputMeter() {}

    /** Characters per wall-clock second and per CPU-second of the measuring threads. */
    public record Rate(double wall, double cpu) {}

    /** @param charsOf the characters each input counts for (the source text length) */
    public static <T> Rate charsPerSecond(List<T> inputs, List<Integer> charsOf, Consumer<T> work, int threads)
            throws InterruptedException {
        long chars = 0;
        for (int c : charsOf) chars += c;
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicLong cpuNanos = new AtomicLong();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Runnable loop = () -> {
            long cpu0 = mx.getCurrentThreadCpuTime();
            int i;
            while ((i = next.getAndIncrement()) < inputs.size()) {
                try {
                    work.accept(inputs.get(i));
                } catch (RuntimeException | StackOverflowError e) {
                    failure.compareAndSet(null, e);
                }
            }
            cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
        };
        long t0 = System.nanoTime();
        Thread[] ts = new Thread[threads];
        for (int k = 0; k < threads; k++) {
            ts[k] = new Thread(loop, "bench-" + k);
            ts[k].start();
        }
        for (Thread t : ts) t.join();
        long nanos = System.nanoTime() - t0;
        if (failure.get() != null) throw new IllegalStateException("the measured work failed", failure.get());
        return new Rate(chars / (nanos / 1e9), chars / (cpuNanos.get() / 1e9));
    }
}
