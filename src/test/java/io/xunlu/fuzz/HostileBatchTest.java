package io.xunlu.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.SchemaCheck;
import io.xunlu.Xunlu;
import io.xunlu.batch.BatchProgress;
import io.xunlu.batch.BatchRunner;
import io.xunlu.batch.BatchSummary;
import io.xunlu.batch.InputSettings;
import io.xunlu.bench.HostileBenchCases;
import io.xunlu.ingest.Format;
import io.xunlu.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./xunlu batch DIR -o out.jsonl} over the folder of hostile cases, through the batch runner
 * with the command's defaults: the run finishes, one valid line per case in file order, each with
 * the outcome the case owes, and exit code 1 since some cases are errors.
 */
class HostileBatchTest {
    @TempDir
    Path work;

    @Test
    void batchOverTheHostileFolderGivesOneLinePerCaseAndExitsOne() throws Exception {
        Path in = work.resolve("hostile");
        List<HostileBenchCases.Case> cases = HostileBenchCases.write(in);
        Path out = work.resolve("out.jsonl");
        InputSettings settings = InputSettings.forMaxChars(null, Format.AUTO, "auto", Xunlu.DEFAULT_MAX_CHARS);
        BatchRunner runner = new BatchRunner(Xunlu.standard(), new BatchRunner.Settings(2, 60_000,
                BatchRunner.Settings.defaultWindow(2), false, settings));
        BatchSummary summary = assertTimeoutPreemptively(Duration.ofMinutes(5),
                () -> runner.run(List.of(in), out, done -> BatchProgress.NONE));

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(cases.size(), lines.size(), "one line per case");
        for (int i = 0; i < cases.size(); i++) {
            HostileBenchCases.Case c = cases.get(i);
            JsonNode line = Json.MAPPER.readTree(lines.get(i));
            SchemaCheck.assertValid(line);
            String code = line.has("error") ? line.path("error").path("code").asText() : null;
            assertEquals(c.expectedError(), code, () -> c.fileName() + ": " + line.path("error"));
            assertEquals(c.fileName(), Path.of(line.path("source").path("name").asText().replaceFirst(":\\d+$", ""))
                    .getFileName().toString(), "lines in file order");
        }
        assertEquals(1, summary.exitCode(), summary.line());
        assertEquals(cases.size(), summary.inputs(), summary.line());
    }
}
