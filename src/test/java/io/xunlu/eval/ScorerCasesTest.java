package io.xunlu.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.eval.EvalReport.AccuracyScore;
import io.xunlu.eval.EvalReport.FieldScore;
import io.xunlu.json.Json;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case in src/test/resources/io/xunlu/eval/cases (format in README.txt there). */
class ScorerCasesTest {

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(ScorerCasesTest.class.getResource("/io/xunlu/eval/cases").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scoresAsExpected(Path casePath) throws IOException {
        JsonNode c = Json.MAPPER.readTree(casePath.toFile());
        Scorer scorer = new Scorer();
        JsonNode produced = c.path("produced");
        scorer.add(c.path("gold").path("file").asText(), c.path("gold"), produced.isNull() ? null : produced);
        EvalReport report = scorer.report("case");

        JsonNode fields = c.path("expect").path("fields");
        JsonNode accuracies = c.path("expect").path("accuracies");
        List<Executable> checks = new ArrayList<>();
        for (FieldScore f : report.fields()) {
            JsonNode e = fields.path(f.field());
            int[] want = e.isMissingNode() ? new int[3] : new int[] {e.get(0).asInt(), e.get(1).asInt(), e.get(2).asInt()};
            checks.add(() -> assertEquals(List.of(want[0], want[1], want[2]),
                    List.of(f.truePositives(), f.falsePositives(), f.falseNegatives()), f.field() + " TP/FP/FN"));
        }
        for (AccuracyScore a : report.accuracies()) {
            JsonNode e = accuracies.path(a.name());
            int[] want = e.isMissingNode() ? new int[2] : new int[] {e.get(0).asInt(), e.get(1).asInt()};
            checks.add(() -> assertEquals(List.of(want[0], want[1]), List.of(a.correct(), a.judged()),
                    a.name() + " correct/judged"));
        }
        fields.fieldNames().forEachRemaining(n -> checks.add(() -> assertEquals(true,
                Scorer.fieldNames().contains(n), "case names an unknown field " + n)));
        accuracies.fieldNames().forEachRemaining(n -> checks.add(() -> assertEquals(true,
                Scorer.accuracyNames().contains(n), "case names an unknown accuracy " + n)));
        assertAll(casePath.getFileName() + ": " + c.path("description").asText() + "\n"
                + ReportPrinter.errors(report), checks);
    }
}
