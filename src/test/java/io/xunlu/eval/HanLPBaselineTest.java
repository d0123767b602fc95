package io.xunlu.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HanLPBaselineTest {
    @TempDir
    Path dir;

    private static List<String> names(JsonNode article, String field) {
        List<String> out = new ArrayList<>();
        article.path(field).forEach(n -> out.add(n.path("name").asText()));
        return out;
    }

    @Test
    void emitsOneArticleWithHanLPsNamesPlacesAndOrganizationsAndEmptyOtherFields() throws Exception {
        Path in = dir.resolve("page.gb18030.txt");
        Files.write(in, "𠮷日，市长王晖在南京市考察。王晖指出，项目总投资80亿元。".getBytes(Charset.forName("GB18030")));
        JsonNode doc = new HanLPBaseline().extract(in, LocalDate.of(2023, 9, 28));

        assertEquals("xunlu/1", doc.path("schema").asText());
        assertEquals("2023-09-28", doc.path("source").path("published").asText());
        assertEquals(1, doc.path("articles").size());
        JsonNode a = doc.path("articles").get(0);
        assertTrue(names(a, "officials").contains("王晖"), a.toString());
        assertEquals(1, names(a, "officials").stream().filter("王晖"::equals).count(), "one entry per name");
        JsonNode wang = a.path("officials").get(names(a, "officials").indexOf("王晖"));
        assertEquals(2, wang.path("mentions").size());
        // code points after the supplementary-plane 𠮷, UTF-16 units beside them
        assertEquals(wang.path("mentions").get(0).path("startUtf16").asInt() - 1, wang.path("mentions").get(0).path("start").asInt());
        assertTrue(names(a, "places").contains("南京市"), a.toString());
        for (String empty : List.of("people", "projects", "amounts", "counts", "dates", "documents", "bylines")) {
            assertTrue(a.path(empty).isArray() && a.path(empty).isEmpty(), empty);
        }
    }

    @Test
    void readsHtmlBodyText() throws Exception {
        Path in = dir.resolve("page.html");
        Files.writeString(in, "<html><head><title>标题</title></head><body><p>市长王晖在南京市考察。</p></body></html>",
                StandardCharsets.UTF_8);
        JsonNode doc = new HanLPBaseline().extract(in, null);
        assertEquals("html", doc.path("source").path("format").asText());
        assertTrue(doc.path("source").path("published").isNull());
        assertTrue(names(doc.path("articles").get(0), "officials").contains("王晖"), doc.toString());
    }

    /** The baseline's table on the shared articles: what HanLP alone gets, no floor. */
    @Test
    void scoresTheSharedArticles() throws IOException {
        GoldCorpus corpus = GoldCorpus.scan(List.of(SharedCorpus.articles()));
        EvalReport report = EvalCommand.score(corpus, new HanLPBaseline(), EvalCommand.BASELINE);
        System.out.print(ReportPrinter.table(report));
        assertEquals(corpus.files().size(), report.files());
        assertEquals(List.of(), report.problems());
        assertTrue(report.field("officials").orElseThrow().support() > 0);
    }
}
