package io.xunlu.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Finds the official but misses the place. */
    private static final DocumentSource HALF = (input, published) -> Json.MAPPER.readTree("""
            {"schema": "xunlu/1", "articles": [{"kind": "article", "headline": "会议召开",
              "officials": [{"name": "王晖", "titles": ["市长"], "mentions": [{"text": "王晖", "start": 5, "end": 7}]}],
              "places": [{"name": "上海"}]}]}""");

    private static final DocumentSource FAILING = (input, published) -> {
        throw new IOException("cannot read " + input.getFileName());
    };

    @BeforeEach
    void corpus() throws IOException {
        Files.writeString(dir.resolve("one.txt"), "会议召开\n市长王晖在南通……", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("one.gold.json"), """
                {"file": "one.txt", "published": "2023-09-28", "articles": [{"kind": "article", "headline": "会议召开",
                  "officials": [{"name": "王晖", "titles": ["市长"]}], "places": ["南通"]}]}""", StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        Map<String, Supplier<DocumentSource>> sources = Map.of(EvalCommand.ENGINE, () -> HALF, EvalCommand.BASELINE, () -> FAILING);
        CommandLine cli = new CommandLine(new EvalCommand(sources));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void printsTheTableAndPassesFloorsItMeets() {
        assertEquals(0, run(dir.toString(), "--min-f1", "officials=1.0,articles=0.9"));
        assertTrue(out.toString().contains("eval xunlu: 1 files, 1 gold articles, 1 produced"), out.toString());
        assertTrue(out.toString().matches("(?s).*officials\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\b.*"), out.toString());
        assertTrue(out.toString().matches("(?s).*places\\s+0\\.000\\s+0\\.000\\s+0\\.000\\s+1\\b.*"), out.toString());
    }

    @Test
    void exitsOneNamingTheFieldBelowItsFloor() {
        assertEquals(1, run(dir.toString(), "--min-f1", "officials=0.9,places=0.5"));
        assertTrue(err.toString().contains("places F1 0.000 is below its floor 0.500"), err.toString());
        assertTrue(!err.toString().contains("officials F1"), err.toString());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run(dir.toString(), "--min-f1", "nonsense=0.5"));
        assertEquals(2, run(dir.resolve("nowhere").toString()));
        assertEquals(2, run(dir.toString(), "--baseline", "stanford"));
    }

    @Test
    void listsErrorsWithFileArticleAndContext() {
        assertEquals(0, run(dir.toString(), "--errors"));
        String s = out.toString();
        assertTrue(s.contains("FN    places           one.txt [会议召开] 南通"), s);
        assertTrue(s.contains("FP    places           one.txt [会议召开] 上海"), s);
    }

    @Test
    void writesJsonToStdoutOrToAFile() throws IOException {
        assertEquals(0, run(dir.toString(), "--json", "-", "--errors"));
        JsonNode report = Json.MAPPER.readTree(out.toString());
        assertEquals("xunlu", report.path("source").asText());
        assertEquals("officials", report.path("fields").get(1).path("field").asText());
        assertEquals(1.0, report.path("fields").get(1).path("f1").asDouble());
        assertEquals(2, report.path("errors").size());

        Path file = dir.resolve("report.json");
        assertEquals(0, run(dir.toString(), "--json", file.toString()));
        JsonNode written = Json.MAPPER.readTree(file.toFile());
        assertEquals(12, written.path("fields").size());
        assertTrue(written.path("errors").isMissingNode(), "errors only with --errors");
    }

    @Test
    void anInputTheEngineFailsOnIsReportedAndMissed() {
        assertEquals(1, run(dir.toString(), "--baseline", "hanlp", "--min-f1", "officials=0.1"));
        assertTrue(out.toString().contains("one.txt: extraction failed: java.io.IOException: cannot read one.txt"), out.toString());
        assertTrue(err.toString().contains("officials F1 0.000"), err.toString());
    }

    @Test
    void aSplitSetPrintsEachPartListsNoErrorOfTheUntouchedOneAndCountsMissingTexts() throws IOException {
        Path real = dir.resolve("real");
        Files.createDirectories(real.resolve(".texts"));
        for (String name : new String[] {"t", "u", "gone"}) {
            String part = name.equals("u") ? "untouched" : "tune";
            if (!name.equals("gone")) Files.writeString(real.resolve(".texts/" + name + ".txt"), "会议召开\n市长王晖在南通……", StandardCharsets.UTF_8);
            Files.writeString(real.resolve(name + ".gold.json"), """
                    {"file": ".texts/%s.txt", "source": "https://example.org/%s", "part": "%s", "published": null,
                     "articles": [{"kind": "article", "headline": "会议召开", "places": ["南通%s"]}]}""".formatted(name, name, part, name),
                    StandardCharsets.UTF_8);
        }
        assertEquals(0, run(real.toString(), "--errors"));
        String s = out.toString();
        assertTrue(s.contains("part tune: eval xunlu: 1 files"), s);
        assertTrue(s.contains("part untouched: eval xunlu: 1 files"), s);
        assertTrue(s.contains("all parts: eval xunlu: 2 files"), s);
        assertTrue(s.contains("南通t") && !s.contains("南通u"), s);
        assertTrue(err.toString().contains("1 gold files had no text in the cache"), err.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run(real.toString(), "--errors", "--part", "untouched"));
        assertTrue(out.toString().contains("南通u") && !out.toString().contains("南通t"), out.toString());
        assertEquals(2, run(real.toString(), "--part", "nonsense"));
    }
}
