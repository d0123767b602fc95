package io.xunlu.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class WatchdogPoolTest {
    /** Stuck tasks wait on this latch, which opens only when the test ends: a task HanLP-style deaf to interrupts. */
    private final CountDownLatch never = new CountDownLatch(1);

    private String task(String in) {
        if (in.startsWith("stuck")) {
            while (true) {
                try {
                    never.await();
                    return "released " + in;
                } catch (InterruptedException ignored) {
                    // deaf to interrupts, as HanLP is
                }
            }
        }
        if (in.startsWith("boom")) throw new StackOverflowError("deep " + in);
        return "done " + in;
    }

    @Test
    void stuckTasksTimeOutAndTheirThreadsAreReplaced() {
        List<String> inputs = List.of("a", "stuck1", "b", "boom", "c", "stuck2", "d", "stuck3", "e", "f", "g");
        List<String> expected = List.of("done a", "timeout stuck1", "done b", "failed boom StackOverflowError", "done c",
                "timeout stuck2", "done d", "timeout stuck3", "done e", "done f", "done g");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (WatchdogPool<String, String> pool = new WatchdogPool<>(2, 300, this::task, in -> "timeout " + in,
                    (in, t) -> "failed " + in + " " + t.getClass().getSimpleName())) {
                List<CompletableFuture<String>> results = new ArrayList<>();
                for (String in : inputs) results.add(pool.submit(in));
                List<String> got = results.stream().map(CompletableFuture::join).toList();
                assertEquals(expected, got);
                assertEquals(3, pool.abandonedThreads());
            } finally {
                never.countDown();
            }
        });
    }

    @Test
    void withoutALimitEveryTaskRunsToTheEnd() {
        try (WatchdogPool<String, String> pool = new WatchdogPool<>(3, 0, this::task, in -> "timeout", (in, t) -> "failed")) {
            List<CompletableFuture<String>> results = new ArrayList<>();
            for (int i = 0; i < 500; i++) results.add(pool.submit("x" + i));
            for (int i = 0; i < 500; i++) assertEquals("done x" + i, results.get(i).join());
            assertEquals(0, pool.abandonedThreads());
        }
    }
}
