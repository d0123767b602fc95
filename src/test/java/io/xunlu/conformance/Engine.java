package io.xunlu.conformance;

import io.xunlu.extract.ArticleText;
import io.xunlu.extract.amount.AmountExtractor;
import io.xunlu.extract.amount.AmountFinding;
import io.xunlu.extract.number.ExampleRows;
import io.xunlu.extract.number.NumberScanner;
import io.xunlu.extract.number.NumeralRun;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** Our engine as the suites see it: folded input, then amounts, bare figures or numerals. */
final class Engine {
    static final AmountExtractor AMOUNTS = new AmountExtractor();
    static final NumberScanner NUMBERS = new NumberScanner();

    private Engine() {}

    /** Full-width folding 1:1, as the pipeline does before extractors run. */
    static String fold(String s) { return ExampleRows.fold(s); }

    static List<AmountFinding> amounts(String input) { return AMOUNTS.extract(ArticleText.of(fold(input))); }

    static List<AmountFinding> figures(String input) { return AMOUNTS.figures(ArticleText.of(fold(input))); }

    static List<AmountFinding> amountsOf(String input, String kind) {
        return amounts(input).stream().filter(a -> a.kind().equals(kind)).toList();
    }

    /**
     * Numerals of the text that are not part of a money figure or a 折 discount (RT's Number model
     * leaves those to Currency and Percent: 苹果折扣一折 has no number for it).
     */
    static List<NumeralRun> numbers(String input) {
        String text = fold(input);
        List<AmountFinding> money = AMOUNTS.extract(ArticleText.of(text)).stream()
                .filter(a -> a.kind().equals("money") || a.rule().endsWith(".discount")).toList();
        return NUMBERS.scan(text).stream()
                .filter(r -> money.stream().noneMatch(m -> m.span().start() <= r.start() && r.end() <= m.span().end()))
                .toList();
    }

    /** Every numeral of the text (sentence-level ITN comparisons). */
    static List<NumeralRun> allNumbers(String input) { return NUMBERS.scan(fold(input)); }

    /** Values agree to a relative 1e-9 (the eval's tolerance), or exactly when one is zero. */
    static boolean same(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) return a == b;
        if (a.signum() == 0 || b.signum() == 0) return a.compareTo(b) == 0;
        BigDecimal diff = a.subtract(b).abs();
        return diff.divide(b.abs(), MathContext.DECIMAL64).compareTo(new BigDecimal("1e-9")) < 0;
    }

    static String show(AmountFinding f) {
        return f.span().start() + ":" + f.kind() + ":" + f.value().toPlainString() + (f.high() == null ? "" : "~" + f.high().toPlainString())
                + ":" + f.unit() + (f.approximate() ? ":ap" : "") + (f.bound() == null ? "" : ":" + f.bound());
    }

    static String showAll(List<AmountFinding> fs) {
        return fs.isEmpty() ? "nothing" : String.join(" | ", fs.stream().map(Engine::show).toList());
    }

    static String showRuns(String input, List<NumeralRun> runs) {
        String text = fold(input);
        return runs.isEmpty() ? "nothing" : String.join(" | ", runs.stream()
                .map(r -> r.span().of(text) + "=" + r.value().stripTrailingZeros().toPlainString()).toList());
    }
}
