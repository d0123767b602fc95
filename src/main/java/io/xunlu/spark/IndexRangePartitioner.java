package io.xunlu.spark;

import org.apache.spark.Partitioner;

/**
 * Inputs 0…total-1 in contiguous, equal ranges: partition k holds the k-th slice of batch's order,
 * so the part files read in name order are batch's output order, and every partition has the same
 * number of inputs (±1) whatever the units they came from (one huge jsonl spreads over them all).
 */
final class IndexRangePartitioner extends Partitioner {
    private final long total;
    private final int partitions;

    IndexRangePartitioner(long total, int partitions) {
        if (partitions < 1) throw new IllegalArgumentException("at least one partition");
        this.total = Math.max(1, total);
        this.partitions = partitions;
    }

    @Override
    public int numPartitions() { return partitions; }

    @Override
    public int getPartition(Object key) {
        long index = (Long) key;
        // index × partitions stays far below 2^63 for any real run (10^12 inputs × 10^6 partitions)
        long p = Math.floorDiv(Math.max(0, index) * partitions, total);
        return (int) Math.min(partitions - 1, p);
    }

    /** Spark skips a shuffle when two RDDs share an equal partitioner. */
    @Override
    public boolean equals(Object o) {
        return o instanceof IndexRangePartitioner other && other.total == total && other.partitions == partitions;
    }

    @Override
    public int hashCode() { return Long.hashCode(total) * 31 + partitions; }
}
