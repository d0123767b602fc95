package io.xunlu.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use as the JVM's memory pools record it: the sum of each heap pool's peak (an upper
 * bound, the pools peak at different moments), and the most heap live after a collection.
 */
public final class HeapPeak {
    private HeapPeak() {}

    public static long usedBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** Heap in use after the last collection of each pool: what the run really keeps alive. */
    public static long afterGcBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) sum += p.getCollectionUsage().getUsed();
        }
        return sum;
    }

    public static void reset() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
    }

    public static String mib(long bytes) { return String.format(java.util.Locale.ROOT, "%.0f MiB", bytes / 1048576.0); }
}
