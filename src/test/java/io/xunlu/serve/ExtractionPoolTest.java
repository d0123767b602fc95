package io.xunlu.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Admission permits come back whichever way a task ends: run, timed out while queued, or failed. */
final class ExtractionPoolTest {

    @Test
    void aTaskDroppedFromTheQueueGivesBackItsPlace() throws Exception {
        try (ExtractionPool pool = new ExtractionPool(1, 1)) {
            CountDownLatch gate = new CountDownLatch(1);
            CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> pool.call(() -> {
                gate.await(10, TimeUnit.SECONDS);
                return "first";
            }, 10_000));
            while (pool.stats().running() == 0) Thread.sleep(5);

            ApiException late = assertThrows(ApiException.class, () -> pool.call(() -> "queued", 50));
            assertEquals("server.timeout", late.code());
            // the queued task was removed, so the queue has room again while the worker is still busy
            assertEquals(0, pool.stats().waiting());
            CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> pool.call(() -> "second", 10_000));
            while (pool.stats().waiting() == 0) Thread.sleep(5);
            ApiException full = assertThrows(ApiException.class, () -> pool.call(() -> "third", 10_000));
            assertEquals("server.overloaded", full.code());

            gate.countDown();
            assertEquals("first", running.get(10, TimeUnit.SECONDS));
            assertEquals("second", second.get(10, TimeUnit.SECONDS));
            assertEquals("again", pool.call(() -> "again", 1_000));
            assertEquals(3, pool.stats().completed());
        }
    }

    @Test
    void aFailedTaskRethrowsAndFreesItsWorker() {
        try (ExtractionPool pool = new ExtractionPool(1, 0)) {
            assertThrows(IllegalArgumentException.class, () -> pool.call(() -> {
                throw new IllegalArgumentException("bad");
            }, 1_000));
            assertEquals("ok", pool.call(() -> "ok", 1_000));
        }
    }
}
