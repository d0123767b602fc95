package io.xunlu.batch;

import io.xunlu.ExampleRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xunlu.ingest.Format;
import io.xunlu.ingest.InputDoc;
import io.xunlu.json.Json;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every line of jsonl/examples.tsv through JsonlSource, then hostile files. */
class JsonlSourceTest {
    private static final String EXAMPLES = "/io/xunlu/batch/jsonl/examples.tsv";
    private static final InputSettings SETTINGS = InputSettings.forMaxChars(null, Format.AUTO, "auto", 1_000_000);

    static Stream<Arguments> examples() throws IOException {
        return ExampleRows.read(EXAMPLES, 4);
    }

    @ParameterizedTest(name = "line {0}: {1} → {2}")
    @MethodSource("examples")
    void example(int n, String raw, String expect, String id, String published) throws Exception {
        try (JsonlSource src = source(raw + "\n")) {
            InputItem item = src.next();
            assertEquals("in.jsonl:1", item.name());
            String wantId = id.equals("-") ? null : id;
            if (expect.startsWith("error:")) {
                InputFailure f = assertThrows(InputFailure.class, item::load);
                assertEquals(expect.substring("error:".length()), f.code(), f.getMessage());
                assertEquals(wantId, f.id());
            } else {
                InputDoc doc = item.load();
                assertEquals(wantId, doc.id());
                assertEquals(published.equals("-") ? null : published, doc.published() == null ? null : doc.published().toString());
                assertEquals(Json.MAPPER.readTree(raw).get("text").asText(), doc.text());
            }
            assertNull(src.next());
        }
    }

    private static JsonlSource source(String content) {
        return new JsonlSource("in.jsonl", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), SETTINGS);
    }

    @Test
    void blankLinesAreSkippedCrLfAndAMissingLastNewlineAreRead() throws Exception {
        String a = Json.compact(Map.of("id", "a", "text", "甲"));
        String b = Json.compact(Map.of("id", "b", "text", "乙"));
        try (JsonlSource src = source("\n" + a + "\r\n\r\n   \n" + b)) {
            InputItem first = src.next();
            InputItem second = src.next();
            assertEquals("in.jsonl:2", first.name());
            assertEquals("in.jsonl:5", second.name());
            assertEquals("a", first.load().id());
            assertEquals("乙", second.load().text());
            assertNull(src.next());
        }
    }

    @Test
    void hostileLinesFinishAndStayBounded() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            StringBuilder sb = new StringBuilder();
            sb.append("{\"id\":\"long\",\"text\":\"").append("、".repeat(3_000_000)).append("\"}\n"); // 9 MB: over the line cap
            sb.append("{\"id\":\"digits\",\"text\":\"").append("9".repeat(2_000_000)).append("\"}\n"); // within it
            sb.append("{\"id\":\"list\",\"text\":\"").append("甲、".repeat(200_000)).append("\"}\n");
            sb.append("[".repeat(100_000)).append('\n'); // deep nesting: Jackson's limit, not a stack overflow
            try (JsonlSource src = source(sb.toString())) {
                InputFailure f = assertThrows(InputFailure.class, () -> src.next().load());
                assertEquals("ingest.too_large", f.code());
                assertEquals(2_000_000, src.next().load().text().length());
                assertEquals(400_000, src.next().load().text().length());
                InputFailure deep = assertThrows(InputFailure.class, () -> src.next().load());
                assertTrue(deep.code().equals("input.bad_line"), deep.getMessage());
                assertNull(src.next());
            }
        });
    }
}
