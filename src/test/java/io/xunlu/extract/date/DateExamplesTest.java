package io.xunlu.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xunlu.extract.ArticleText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every row of examples.tsv: the findings must be exactly the listed ones, in order. */
class DateExamplesTest {
    private static final DateExtractor EXTRACTOR = new DateExtractor();

    static Stream<Arguments> examples() throws IOException {
        try (InputStream in = DateExamplesTest.class.getResourceAsStream("examples.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Arguments> rows = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) continue;
                String[] f = lines[i].split("\t");
                rows.add(Arguments.of(i + 1, f[0], f[1], Arrays.asList(f).subList(2, f.length)));
            }
            return rows.stream();
        }
    }

    @ParameterizedTest(name = "line {0}: {2}")
    @MethodSource("examples")
    void extractsExactlyTheListedDates(int line, String published, String input, List<String> expected) {
        String text = DevArticlesScoreTest.foldWidth(input);
        LocalDate ref = published.equals("-") ? null : LocalDate.parse(published);
        List<DateFinding> found = EXTRACTOR.extract(new ArticleText(text, List.of(), ref));
        List<String> want = new ArrayList<>(), got = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            String[] e = expected.get(i).split("=", 3);
            want.add(e[0] + "=" + e[1] + (e[2].equals("*") ? "" : "=" + e[2]));
            if (i < found.size()) {
                DateFinding f = found.get(i);
                got.add(f.span().of(text) + "=" + f.kind() + (e[2].equals("*") ? "" : "=" + f.value()));
            }
        }
        for (int i = expected.size(); i < found.size(); i++) {
            DateFinding f = found.get(i);
            got.add(f.span().of(text) + "=" + f.kind() + "=" + f.value() + " (" + f.rule() + ")");
        }
        assertEquals(want, got, "examples.tsv line " + line);
    }
}
