package io.xunlu.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xunlu.Xunlu;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The accuracy gate: eval over our corpus (and ../shared/articles when present) must stay above
 * the floors in floors.tsv, so accuracy cannot silently regress. Prints the table it judged. The
 * real set's two parts (real-tune, real-untouched) are judged only where every text is in the
 * cache (corpus/real/README.md): a fresh clone, CI among them, has none and skips them.
 */
class AccuracyFloorsTest {
    @ParameterizedTest
    @ValueSource(strings = {"corpus", "shared", "real-tune", "real-untouched"})
    void fieldsStayAboveTheirFloors(String set) throws IOException {
        EvalReport report;
        if (set.startsWith("real-")) {
            GoldCorpus real = GoldCorpus.scan(List.of(Path.of("corpus/real")));
            Assumptions.assumeTrue(real.withoutText().isEmpty() && !real.files().isEmpty(),
                    () -> "corpus/real: " + real.withoutText().size() + " texts not in the cache");
            report = EvalCommand.score(real.part(set.substring("real-".length())), new EngineSource(Xunlu.standard()), "xunlu");
        } else {
            Path root = set.equals("corpus") ? Path.of("corpus") : Path.of(System.getProperty("xunlu.shared", "../shared"), "articles");
            Assumptions.assumeTrue(Files.isDirectory(root), root + " is absent");
            report = EvalCommand.score(GoldCorpus.scan(List.of(root)), new EngineSource(Xunlu.standard()), "xunlu");
        }
        System.out.println("eval " + set + "\n" + ReportPrinter.table(report));
        List<String> below = new ArrayList<>();
        for (String[] row : floors()) {
            if (!row[0].equals(set)) continue;
            double floor = Double.parseDouble(row[2]);
            boolean found = report.fields().stream().anyMatch(f -> f.field().equals(row[1]));
            report.fields().stream().filter(f -> f.field().equals(row[1])).findFirst().ifPresent(f -> {
                double f1 = f.f1() == null ? 0 : f.f1();
                if (f1 < floor) below.add(row[1] + " F1 " + String.format("%.3f", f1) + " < " + floor);
            });
            // an accuracy row (attribute, count_subject …): correct out of judged on matched items
            if (!found) report.accuracies().stream().filter(a -> a.name().equals(row[1])).findFirst().ifPresent(a -> {
                double acc = a.accuracy() == null ? 0 : a.accuracy();
                if (acc < floor) below.add(row[1] + " accuracy " + String.format("%.3f", acc) + " < " + floor);
            });
        }
        assertTrue(below.isEmpty(), () -> set + ": " + below);
    }

    private static List<String[]> floors() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                AccuracyFloorsTest.class.getResourceAsStream("floors.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.split("\t"));
            }
        }
        return out;
    }

}
