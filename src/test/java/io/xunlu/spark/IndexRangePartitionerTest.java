package io.xunlu.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Equal contiguous ranges in index order: what makes part files balanced and in batch's order. */
class IndexRangePartitionerTest {
    @ParameterizedTest(name = "{0} inputs over {1} partitions")
    @CsvSource({"1,1", "7,3", "100,7", "3,8", "1000003,64", "0,4"})
    void rangesAreContiguousOrderedAndEven(long total, int partitions) {
        IndexRangePartitioner p = new IndexRangePartitioner(total, partitions);
        long[] sizes = new long[partitions];
        int previous = 0;
        for (long i = 0; i < total; i++) {
            int part = p.getPartition(i);
            assertTrue(part >= previous && part < partitions, "index " + i + " → " + part);
            previous = part;
            sizes[part]++;
        }
        long min = Long.MAX_VALUE;
        long max = 0;
        for (long s : sizes) {
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        if (total >= partitions) assertTrue(max - min <= 1, "sizes " + min + "…" + max);
    }

    @ParameterizedTest(name = "index {0}")
    @CsvSource({"-1,0", "1000,3", "9223372036854,3"})
    void indexesOutsideTheCountStayInRange(long index, int expected) {
        // a container that grew between counting and reading gives indexes past the end
        assertEquals(expected, new IndexRangePartitioner(1000, 4).getPartition(index));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"10,2"})
    void equalPartitionersLetSparkSkipAShuffle(long total, int partitions) {
        assertEquals(new IndexRangePartitioner(total, partitions), new IndexRangePartitioner(total, partitions));
        assertNotEquals(new IndexRangePartitioner(total, partitions), new IndexRangePartitioner(total, partitions + 1));
    }
}
