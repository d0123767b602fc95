package io.xunlu.extract.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.amount.AmountExtractor;
import io.xunlu.extract.number.ExampleRows;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CountExtractorTest {
    private static final AmountExtractor AMOUNTS = new AmountExtractor();
    private static final CountExtractor COUNTS = new CountExtractor();

    static Stream<Arguments> examples() {
        return ExampleRows.read(CountExtractorTest.class, "examples.tsv", 2).stream();
    }

    @ParameterizedTest(name = "examples.tsv:{0} {1}")
    @MethodSource("examples")
    void extracts(int line, String input, String expected) {
        assertEquals(expected, render(ExampleRows.fold(input)));
    }

    static Stream<Arguments> tokenExamples() {
        return ExampleRows.read(CountExtractorTest.class, "token-examples.tsv", 2).stream();
    }

    /** Rules that ask a token's tag (a verb before a session number, a name holding a numeral) run with HanLP. */
    @ParameterizedTest(name = "token-examples.tsv:{0} {1}")
    @MethodSource("tokenExamples")
    void extractsWithTokens(int line, String input, String expected) {
        String text = ExampleRows.fold(input);
        ArticleText a = new ArticleText(text, HanLPAnalyzer.get().analyze(text), null);
        assertEquals(expected, render(COUNTS.extract(a, AMOUNTS.extract(a)), text));
    }

    private static List<CountFinding> extract(String text) {
        ArticleText a = ArticleText.of(text);
        return COUNTS.extract(a, AMOUNTS.extract(a));
    }

    private static String render(String text) {
        return render(extract(text), text);
    }

    private static String render(List<CountFinding> found, String text) {
        if (found.isEmpty()) return "-";
        return found.stream().map(c -> c.span().of(text) + "=" + c.value().toPlainString() + c.measure() + "[" + c.subject() + "]"
                + (c.parts().isEmpty() ? "" : c.parts().stream()
                        .map(p -> p.span().of(text) + "=" + p.value().toPlainString() + p.measure() + "[" + p.subject() + "]")
                        .collect(Collectors.joining(", ", "{", "}")) + " sum=" + c.partsSum() + " consistent=" + c.consistent()))
                .collect(Collectors.joining(" | "));
    }

    @Test
    @Timeout(60)
    void hostileInputsFinish() {
        assertTrue(extract("6".repeat(5_000_000) + "个").isEmpty());
        assertTrue(extract("、".repeat(200_000)).isEmpty());
        assertFalse(extract("其中项目1个、".repeat(100_000)).isEmpty());
        assertFalse(extract(("队伍9支," + "其中".repeat(50)).repeat(5_000)).isEmpty());
    }
}
