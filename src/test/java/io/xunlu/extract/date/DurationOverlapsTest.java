package io.xunlu.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xunlu.extract.ArticleText;
import io.xunlu.extract.amount.AmountExtractor;
import io.xunlu.extract.number.ExampleRows;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs overlap-examples.tsv through the amount and date extractors and the overlap settlement. */
class DurationOverlapsTest {
    private static final AmountExtractor AMOUNTS = new AmountExtractor();
    private static final DateExtractor DATES = new DateExtractor();

    static Stream<Arguments> examples() {
        return ExampleRows.read(DurationOverlapsTest.class, "overlap-examples.tsv", 3).stream();
    }

    @ParameterizedTest(name = "overlap-examples.tsv:{0} {1}")
    @MethodSource("examples")
    void keepsOneReading(int line, String input, String durations, String dates) {
        String text = ExampleRows.fold(input);
        ArticleText a = new ArticleText(text, List.of(), LocalDate.of(2023, 10, 19));
        DurationOverlaps.Settled s = DurationOverlaps.settle(AMOUNTS.extract(a), DATES.extract(a));
        String gotDurations = s.amounts().stream().filter(f -> f.kind().equals("duration"))
                .map(f -> f.span().of(text)).collect(Collectors.joining(" | "));
        String gotDates = s.dates().stream().map(f -> f.span().of(text)).collect(Collectors.joining(" | "));
        assertEquals(durations + "\t" + dates, (gotDurations.isEmpty() ? "-" : gotDurations) + "\t" + (gotDates.isEmpty() ? "-" : gotDates));
    }
}
