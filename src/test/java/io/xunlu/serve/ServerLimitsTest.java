package io.xunlu.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xunlu.Xunlu;
import io.xunlu.ingest.Ingest;
import io.xunlu.ingest.InputDoc;
import io.xunlu.json.SourceInfo;
import io.xunlu.json.XunluDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The pool's limits, driven by an extractor that blocks until the test lets it go. */
final class ServerLimitsTest {

    /** Blocks every extraction until released; then answers at once. */
    private static final class GatedExtractor implements DocumentExtractor {
        final CountDownLatch gate = new CountDownLatch(1);

        @Override
        public XunluDocument extract(InputDoc in) {
            try {
                if (!gate.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("test never opened the gate");
            } catch (InterruptedException e) {
                // the server gave up on this request; finish as the engine would, without stopping
                Thread.currentThread().interrupt();
            }
            return emptyDocument(in);
        }
    }

    static XunluDocument emptyDocument(InputDoc in) {
        SourceInfo source = new SourceInfo(in.name(), in.id(), Ingest.sha256(in.text().getBytes(StandardCharsets.UTF_8)),
                "text", "UTF-8", in.text().codePointCount(0, in.text().length()), null, null);
        return XunluDocument.ok(Xunlu.ENGINE, source, List.of(), List.of());
    }

    @Test
    void overloadIsRefusedAtOnceAndServingResumes() {
        GatedExtractor slow = new GatedExtractor();
        try (TestServer server = new TestServer(XunluServer.start(slow, TestServer.config(1, 1, 65_536, 30_000)))) {
            CompletableFuture<TestServer.Reply> running = server.postAsync("/api/extract", "text/plain", "一");
            awaitTrue(() -> server.server.stats().running() == 1);
            CompletableFuture<TestServer.Reply> waiting = server.postAsync("/api/extract", "text/plain", "二");
            awaitTrue(() -> server.server.stats().waiting() == 1);

            TestServer.Reply refused = server.post("/api/extract", "text/plain", "三");
            assertEquals(503, refused.status());
            assertEquals("server.overloaded", refused.errorCode());
            TestServer.Reply batchRefused = server.post("/api/batch", "application/json", "[{\"text\":\"四\"}]");
            assertEquals(503, batchRefused.status());
            assertEquals(200, server.get("/api/health").status(), "health does not queue behind extractions");
            assertEquals(2, server.get("/api/health").json().path("pool").path("refused").asInt());

            slow.gate.countDown();
            assertEquals(200, running.join().status());
            assertEquals(200, waiting.join().status());
            assertEquals(200, server.post("/api/extract", "text/plain", "五").status());
        }
    }

    @Test
    void aSlowExtractionIsAnswered503AndItsWorkerComesBack() {
        GatedExtractor slow = new GatedExtractor();
        try (TestServer server = new TestServer(XunluServer.start(slow, TestServer.config(1, 0, 65_536, 300)))) {
            TestServer.Reply late = server.post("/api/extract", "text/plain", "一");
            assertEquals(503, late.status());
            assertEquals("server.timeout", late.errorCode());
            assertEquals(1, server.get("/api/health").json().path("pool").path("timedOut").asInt());

            slow.gate.countDown();
            awaitTrue(() -> server.server.stats().running() == 0);
            assertEquals(200, server.post("/api/extract", "text/plain", "二").status());
        }
    }

    @Test
    void aFailingExtractionIsA500WithJsonAndTheNextRequestIsServed() {
        DocumentExtractor failing = in -> {
            if (in.text().startsWith("boom")) throw new IllegalStateException("engine bug");
            return emptyDocument(in);
        };
        try (TestServer server = new TestServer(XunluServer.start(failing, TestServer.config(1, 4, 65_536, 5_000)))) {
            TestServer.Reply failed = server.post("/api/extract", "text/plain", "boom");
            assertEquals(500, failed.status());
            assertEquals("server.internal", failed.errorCode());
            assertEquals(200, server.post("/api/extract", "text/plain", "fine").status());

            TestServer.Reply batch = server.post("/api/batch", "application/json",
                    "[{\"text\":\"fine\"},{\"text\":\"boom\"},{\"text\":\"fine again\"}]");
            assertEquals(200, batch.status(), "the status was sent with the first line");
            String[] lines = batch.body().split("\n");
            assertEquals(3, lines.length, batch.body());
            assertTrue(lines[1].contains("\"server.internal\""), lines[1]);
            assertTrue(lines[2].contains("\"articles\""), lines[2]);
        }
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not reached in 20 s");
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
