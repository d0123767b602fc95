package io.xunlu.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.Xunlu;
import io.xunlu.ingest.Format;
import io.xunlu.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Over the time limit and over --max-chars: error records, and the run goes on. */
class BatchLimitsTest {
    @TempDir
    Path dir;

    @Test
    void documentsOverTheTimeLimitBecomeTimeoutRecordsAndTheRunGoesOn() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 4; i++) {
            Files.writeString(in.resolve("big" + i + ".txt"), BatchFolderTest.ARTICLE.repeat(300), StandardCharsets.UTF_8);
        }
        InputSettings settings = InputSettings.forMaxChars(null, Format.AUTO, "auto", Xunlu.DEFAULT_MAX_CHARS);
        BatchRunner runner = new BatchRunner(Xunlu.standard(), new BatchRunner.Settings(2, 1, 4, false, settings));
        BatchSummary s = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> runner.run(List.of(in), dir.resolve("out.jsonl"), done -> BatchProgress.NONE));
        List<String> codes = codes(dir.resolve("out.jsonl"));
        assertEquals(List.of("batch.timeout", "batch.timeout", "batch.timeout", "batch.timeout"), codes);
        assertEquals(4, s.abandonedThreads());
        assertEquals(1, s.exitCode());
    }

    @Test
    void inputsOverMaxCharsBecomeTooLargeRecords() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-small.txt"), "市委书记主持会议。", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b-large.txt"), BatchFolderTest.ARTICLE, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("c-huge.txt"), "、".repeat(500), StandardCharsets.UTF_8); // over maxChars × 4 bytes: never read
        InputSettings settings = InputSettings.forMaxChars(null, Format.AUTO, "auto", 40);
        BatchRunner runner = new BatchRunner(Xunlu.withMaxChars(40), new BatchRunner.Settings(1, 0, 4, false, settings));
        BatchSummary s = runner.run(List.of(in), dir.resolve("out.jsonl"), done -> BatchProgress.NONE);
        assertEquals(List.of("ok", "ingest.too_large", "ingest.too_large"), codes(dir.resolve("out.jsonl")));
        assertEquals(2, s.errors());
    }

    private static List<String> codes(Path out) throws Exception {
        List<String> codes = new ArrayList<>();
        for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            JsonNode n = Json.MAPPER.readTree(l);
            codes.add(n.has("error") ? n.path("error").path("code").asText() : "ok");
        }
        return codes;
    }
}
