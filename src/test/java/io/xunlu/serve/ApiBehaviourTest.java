package io.xunlu.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.Xunlu;
import io.xunlu.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API end to end with the real engine: batch order, health, schema, page, offsets, hostile input. */
final class ApiBehaviourTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(XunluServer.start(Xunlu.standard(),
                TestServer.config(2, 64, ServeConfig.DEFAULT_MAX_BODY, 60_000)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void batchAnswersOneLinePerElementInInputOrder() throws IOException {
        String body = "[{\"text\":\"市长李明讲话。\",\"name\":\"n0\"},"
                + "{\"text\":\"<p>市委书记讲话</p>\",\"format\":\"html\",\"name\":\"n1\"},"
                + "{\"name\":\"n2\"},"
                + "{\"text\":\"𠮷 全市１２支队伍。\",\"name\":\"n3\",\"id\":\"doc-3\",\"published\":\"2024-05-06\"},"
                + "17]";
        TestServer.Reply reply = server.post("/api/batch", "application/json", body);
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/x-ndjson"), reply.contentType());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : reply.body().split("\n")) lines.add(Json.MAPPER.readTree(line));
        assertEquals(5, lines.size(), reply.body());
        for (int i = 0; i < 4; i++) assertEquals("n" + i, lines.get(i).path("source").path("name").asText());
        assertTrue(lines.get(0).path("articles").isArray());
        assertEquals("html", lines.get(1).path("source").path("format").asText());
        assertEquals("request.missing_text", lines.get(2).path("error").path("code").asText());
        assertEquals("doc-3", lines.get(3).path("source").path("id").asText());
        assertEquals("2024-05-06", lines.get(3).path("source").path("published").asText());
        assertEquals("request.invalid", lines.get(4).path("error").path("code").asText());
    }

    @Test
    void errorDocumentsKeepTheirErrorObject() {
        TestServer.Reply reply = server.post("/api/extract", "text/html", "<html><body><style>p{}</style></body></html>");
        assertEquals(400, reply.status());
        assertEquals("xunlu/1", reply.json().path("schema").asText());
        assertEquals("ingest.empty", reply.errorCode(), reply.body());
    }

    @Test
    void healthNamesTheEngineAndThePool() {
        TestServer.Reply reply = server.get("/api/health");
        assertEquals(200, reply.status());
        JsonNode h = reply.json();
        assertEquals("ok", h.path("status").asText());
        assertEquals(Xunlu.VERSION, h.path("engine").path("version").asText());
        assertEquals(2, h.path("pool").path("workers").asInt());
        assertEquals(64, h.path("pool").path("queueCapacity").asInt());
        assertEquals(ServeConfig.DEFAULT_MAX_BODY, h.path("limits").path("maxBodyBytes").asLong());
    }

    @Test
    void schemaIsServedWhenTheBuildShipsOne() throws IOException {
        TestServer.Reply reply = server.get("/api/schema");
        try (InputStream shipped = XunluServer.class.getResourceAsStream(XunluServer.SCHEMA_RESOURCE)) {
            if (shipped == null) {
                assertEquals(404, reply.status());
                assertEquals("schema.missing", reply.errorCode());
            } else {
                assertEquals(200, reply.status());
                assertTrue(reply.contentType().startsWith("application/schema+json"));
                assertEquals(new String(shipped.readAllBytes(), StandardCharsets.UTF_8), reply.body());
            }
        }
    }

    @Test
    void everySpanPointsAtItsTextInCodePointsAndUtf16() {
        String text = "𠮷𠮷 市委书记李明在会上讲话。全市共有应急救援队伍１２支，投资约８０亿元。\n𩸽 李明指出,要抓好落实。";
        TestServer.Reply reply = server.post("/api/extract", "text/plain", text);
        assertEquals(200, reply.status(), reply.body());
        int checked = checkSpans(reply.json(), text);
        assertTrue(checked > 0, "the engine found nothing to check");
    }

    /** Walks the document; every object with start/end/startUtf16/endUtf16 and text must match the source. */
    private static int checkSpans(JsonNode node, String source) {
        int n = 0;
        if (node.isObject() && node.has("startUtf16") && node.has("text") && node.path("text").isTextual()
                && !node.has("index")) {
            int s16 = node.path("startUtf16").asInt(), e16 = node.path("endUtf16").asInt();
            assertEquals(node.path("text").asText(), source.substring(s16, e16), node.toString());
            int s = source.offsetByCodePoints(0, node.path("start").asInt());
            int e = source.offsetByCodePoints(0, node.path("end").asInt());
            assertEquals(node.path("text").asText(), source.substring(s, e), node.toString());
            n++;
        }
        for (JsonNode child : node) n += checkSpans(child, source);
        return n;
    }

    @Test
    void thePageAndItsFilesLoadNothingFromOutside() {
        TestServer.Reply page = server.get("/");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("id=\"article-input\""));
        for (String file : List.of("/", "/app.js", "/style.css", "/favicon.svg")) {
            TestServer.Reply r = server.get(file);
            assertEquals(200, r.status(), file);
            String b = r.body();
            for (String external : List.of("src=\"http", "href=\"http", "src=\"//", "href=\"//", "url(http", "url(//", "@import", "fonts.googleapis")) {
                assertFalse(b.contains(external), file + " refers to something outside: " + external);
            }
        }
    }

    @Test
    void servesManyClientsAtOnce() {
        List<CompletableFuture<TestServer.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            replies.add(server.postAsync("/api/extract", "application/json",
                    "{\"text\":\"市长李明讲话" + i + "。\",\"name\":\"c" + i + "\"}"));
        }
        for (int i = 0; i < replies.size(); i++) {
            TestServer.Reply r = replies.get(i).join();
            assertEquals(200, r.status(), r.body());
            assertEquals("c" + i, r.json().path("source").path("name").asText());
        }
    }

    @Test
    void hostileInputOfMegabytesFinishesAndTheServerKeepsServing() {
        String[] hostile = {"、".repeat(200_000), "1".repeat(1_000_000), "市委书记".repeat(100_000),
                "(".repeat(300_000) + "亿元", "<".repeat(500_000)};
        for (String h : hostile) {
            TestServer.Reply reply = server.post("/api/extract", "text/plain", h);
            assertTrue(reply.status() == 200 || reply.status() == 503 || reply.status() == 400, reply.body());
            assertNotNull(reply.json());
        }
        assertEquals(200, server.get("/api/health").status());
        assertEquals(200, server.post("/api/extract", "text/plain", "市长讲话。").status());
    }
}
