package io.xunlu.extract.amount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xunlu.extract.ArticleText;
import io.xunlu.extract.number.ExampleRows;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AmountExtractorTest {
    private static final AmountExtractor EXTRACTOR = new AmountExtractor();

    static Stream<Arguments> examples() {
        return ExampleRows.read(AmountExtractorTest.class, "examples.tsv", 2).stream();
    }

    @ParameterizedTest(name = "examples.tsv:{0} {1}")
    @MethodSource("examples")
    void extracts(int line, String input, String expected) {
        String text = ExampleRows.fold(input);
        assertEquals(expected, render(text, EXTRACTOR.extract(ArticleText.of(text))));
    }

    static String render(String text, List<AmountFinding> found) {
        if (found.isEmpty()) return "-";
        return found.stream().map(f -> f.span().of(text) + "=" + f.kind() + ":" + f.value().toPlainString()
                + (f.high() == null ? "" : "~" + f.high().toPlainString()) + ":" + f.unit()
                + (f.approximate() ? ":ap" : "") + (f.bound() == null ? "" : ":" + f.bound())
                + (f.attribute() == null ? "" : "@" + f.attribute()))
                .collect(Collectors.joining(" | "));
    }

    @Test
    void valuesArePlainExactDecimals() {
        AmountFinding f = EXTRACTOR.extract(ArticleText.of("总投资80亿元")).get(0);
        assertEquals("8000000000", f.value().toPlainString());
        assertEquals("amount.money", f.rule());
    }

    @Test
    @Timeout(60)
    void hostileInputsFinish() {
        assertTrue(EXTRACTOR.extract(ArticleText.of("8".repeat(10_000_000))).isEmpty());
        assertTrue(EXTRACTOR.extract(ArticleText.of("9".repeat(500) + "亿元")).isEmpty());
        assertTrue(EXTRACTOR.extract(ArticleText.of("亿亿亿亿".repeat(250_000) + "元")).isEmpty());
        assertTrue(EXTRACTOR.extract(ArticleText.of("、".repeat(200_000))).isEmpty());
        assertFalse(EXTRACTOR.extract(ArticleText.of("约3亿元、".repeat(200_000))).isEmpty());
        assertFalse(EXTRACTOR.extract(ArticleText.of("3至5亿元以上,".repeat(100_000))).isEmpty());
        EXTRACTOR.extract(ArticleText.of("《" + "年产1吨".repeat(300_000)));
        EXTRACTOR.extract(ArticleText.of("百分之".repeat(300_000) + "半".repeat(300_000)));
    }
}
