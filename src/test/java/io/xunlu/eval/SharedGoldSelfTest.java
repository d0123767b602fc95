package io.xunlu.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xunlu.eval.EvalReport.AccuracyScore;
import io.xunlu.eval.EvalReport.FieldScore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every shared gold scored against itself in contract shape: a perfect engine gets 1.0 everywhere. */
class SharedGoldSelfTest {

    @Test
    void goldAgainstItselfScoresPerfectly() throws IOException {
        GoldCorpus corpus = GoldCorpus.scan(List.of(SharedCorpus.articles()));
        Map<java.nio.file.Path, GoldFile> byInput = new java.util.HashMap<>();
        corpus.files().forEach(f -> byInput.put(f.input(), f));
        DocumentSource perfect = (input, published) -> GoldAsContract.convert(byInput.get(input).gold());

        EvalReport report = EvalCommand.score(corpus, perfect, "gold");
        System.out.print(ReportPrinter.table(report));

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(List.of(), report.problems()));
        checks.add(() -> assertTrue(report.files() >= 30, "files: " + report.files()));
        for (FieldScore f : report.fields()) {
            checks.add(() -> assertTrue(f.support() > 0, f.field() + " has gold items"));
            checks.add(() -> assertEquals(1.0, f.f1(), f.field() + " F1"));
        }
        for (AccuracyScore a : report.accuracies()) {
            checks.add(() -> assertTrue(a.judged() > 0, a.name() + " judged something"));
            checks.add(() -> assertEquals(1.0, a.accuracy(), a.name() + " accuracy"));
        }
        assertAll(ReportPrinter.errors(report), checks);
    }
}
