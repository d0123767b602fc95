package io.xunlu.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xunlu.SpanInvariants;
import io.xunlu.extract.LocalSpan;
import io.xunlu.Xunlu;
import io.xunlu.ingest.InputDoc;
import io.xunlu.json.Article;
import io.xunlu.json.DateItem;
import io.xunlu.json.XunluDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every row of stamp-examples.tsv through the whole pipeline: datelines and stamp lines give dates, mastheads do not. */
class PageStampsTest {
    static Stream<Arguments> examples() throws IOException {
        try (InputStream in = PageStampsTest.class.getResourceAsStream("stamp-examples.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Arguments> rows = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) continue;
                String[] f = lines[i].split("\t");
                rows.add(Arguments.of(i + 1, f[0], f[1].replace("\\n", "\n"), Arrays.asList(f).subList(2, f.length)));
            }
            return rows.stream();
        }
    }

    @ParameterizedTest(name = "line {0}")
    @MethodSource("examples")
    void findsTheStampsAndDatelines(int line, String published, String page, List<String> expected) {
        XunluDocument doc = Xunlu.standard().extract(InputDoc.ofText("page.txt", page, LocalDate.parse(published)));
        SpanInvariants.assertSpansHold(page, doc);
        Set<String> dates = doc.articles().stream().map(Article::dates).flatMap(List::stream).map(DateItem::text)
                .collect(Collectors.toSet());
        for (String e : expected) {
            boolean want = e.startsWith("+");
            assertTrue(dates.contains(e.substring(1)) == want,
                    "stamp-examples.tsv line " + line + ": " + e + " in " + dates);
        }
    }

    /** Lines outside the item's text: a stamp needs a cue word or a clock time; the line after the last item is the page's. */
    @Test
    void aBareDateLineIsNoStampAndTrailingLinesBelongToNoItem() {
        String page = "2022-03-08 3 2 content_1234.html\n全市召开项目推进会\n3月7日,全市召开会议。\n更新时间:2022-03-09 08:00";
        int head = page.indexOf("全市"), body = page.indexOf("3月7日"), bodyEnd = page.indexOf("\n更新");
        PageStamps.Reach item = new PageStamps.Reach(head, bodyEnd, null,
                List.of(new LocalSpan(head, body - 1), new LocalSpan(body, bodyEnd)));
        List<List<DateFinding>> found = new PageStamps(new DateExtractor()).find(page, List.of(item), LocalDate.parse("2022-03-09"));
        assertEquals(List.of(List.of()), found);
    }
}
