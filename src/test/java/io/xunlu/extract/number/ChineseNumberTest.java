package io.xunlu.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChineseNumberTest {
    static Stream<Arguments> parseExamples() {
        return ExampleRows.read(ChineseNumberTest.class, "examples.tsv", 2).stream();
    }

    static Stream<Arguments> scanExamples() {
        return ExampleRows.read(ChineseNumberTest.class, "scan-examples.tsv", 2).stream();
    }

    @ParameterizedTest(name = "examples.tsv:{0} {1}")
    @MethodSource("parseExamples")
    void parses(int line, String input, String expected) {
        Optional<BigDecimal> got = ChineseNumber.parse(input);
        if (expected.equals("-")) {
            assertTrue(got.isEmpty(), () -> input + " should not parse, got " + got);
        } else {
            assertTrue(got.isPresent(), () -> input + " should parse");
            assertEquals(0, new BigDecimal(expected).compareTo(got.get()), () -> input + " → " + got.get().toPlainString());
        }
    }

    @ParameterizedTest(name = "scan-examples.tsv:{0} {1}")
    @MethodSource("scanExamples")
    void scans(int line, String text, String expected) {
        List<NumeralRun> runs = new NumberScanner().scan(text);
        String got = runs.isEmpty() ? "-" : runs.stream()
                .map(r -> r.span().of(text) + "=" + r.value().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("|"));
        assertEquals(expected, got);
    }

    @Test
    @Timeout(20)
    void hostileInputsFinish() {
        NumberScanner scanner = new NumberScanner();
        String digits = "7".repeat(10_000_000);
        assertTrue(scanner.scan(digits).isEmpty());
        assertTrue(ChineseNumber.parse("9".repeat(500)).isEmpty());
        assertTrue(scanner.scan("亿".repeat(1_000_000)).isEmpty());
        assertTrue(scanner.scan("一亿亿、".repeat(200_000)).size() <= 200_000);   // 亿亿 is noise: at most 一亿 each
        String commas = "1、".repeat(200_000) + "2,000,".repeat(100_000);
        assertFalse(scanner.scan(commas).isEmpty());
        assertEquals(200_000, scanner.scan("5亿3千万 ".repeat(200_000)).size());
    }
}
