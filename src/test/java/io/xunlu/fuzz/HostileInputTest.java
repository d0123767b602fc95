package io.xunlu.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.ArticleExtractor;
import io.xunlu.ArticleFacts;
import io.xunlu.Xunlu;
import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.bench.HostileBenchCases;
import io.xunlu.bench.HostileShape;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.amount.AmountExtractor;
import io.xunlu.extract.count.CountExtractor;
import io.xunlu.extract.count.CountFinding;
import io.xunlu.ingest.InputDoc;
import io.xunlu.ingest.MatchFolding;
import io.xunlu.json.Json;
import io.xunlu.json.XunluDocument;
import io.xunlu.layout.PageLayout;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input suite: each case with the outcome it owes (a document within a generous time
 * bound, which only guards against hanging, or a named error record), checked through the whole
 * pipeline with {@link DocumentCheck}; the large shapes also go through layout and extraction
 * directly, past the 2M-character ingest limit, to show that no matcher hangs on them.
 */
class HostileInputTest {
    private static final Duration BOUND = Duration.ofSeconds(120);
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 15);
    private static final Xunlu ENGINE = Xunlu.standard();

    static Stream<HostileBenchCases.Case> cases() {
        return HostileBenchCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCaseGivesItsOutcome(HostileBenchCases.Case c) {
        XunluDocument doc = assertTimeoutPreemptively(BOUND, () -> DocumentCheck.extractAndCheck(ENGINE, input(c)));
        if (c.expectedError() == null) {
            assertNull(doc.error(), () -> c.fileName() + ": " + doc.error());
        } else {
            assertEquals(c.expectedError(), doc.failed() ? doc.error().code() : null, c.fileName());
        }
    }

    /** A jsonl case is one line {"id","text"}: its text is the input, as batch reads it. */
    private static InputDoc input(HostileBenchCases.Case c) {
        if (!c.fileName().endsWith(".jsonl")) return InputDoc.ofBytes(c.fileName(), c.bytes(), PUBLISHED);
        try {
            JsonNode line = Json.MAPPER.readTree(c.bytes());
            return InputDoc.ofText(c.fileName(), line.get("text").asText(), PUBLISHED);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The 10 MB line of digits is ingest.too_large in the pipeline; layout and extraction still finish on it. */
    @Test
    void tenMegabyteDigitLineFinishesInLayoutAndExtraction() {
        String digits = "9".repeat(10_000_000);
        assertTimeoutPreemptively(BOUND, () -> {
            String folded = MatchFolding.fold(digits).text();
            new PageLayout().split(folded);
            new ArticleExtractor(HanLPAnalyzer.get()).extract(folded, PUBLISHED);
        });
    }

    /** Every hostile shape at 2M characters through layout and every extractor directly. */
    @ParameterizedTest
    @EnumSource(HostileShape.class)
    void hostileShapesFinishInLayoutAndExtraction(HostileShape shape) {
        String text = shape.text(2_000_000);
        ArticleFacts facts = assertTimeoutPreemptively(BOUND, () -> {
            String folded = MatchFolding.fold(text).text();
            SpanCheck.assertSpansInside(folded, new PageLayout().split(folded).items());
            return new ArticleExtractor(HanLPAnalyzer.get()).extract(folded, PUBLISHED);
        });
        SpanCheck.assertSpansInside(MatchFolding.fold(text).text(), facts);
    }

    @Test
    void deepHtmlIsReadWithoutStackOverflow() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>副市长张伟出席开工仪式。</p>" + "</div>".repeat(100_000);
        XunluDocument doc = assertTimeoutPreemptively(BOUND,
                () -> DocumentCheck.extractAndCheck(ENGINE, InputDoc.ofText("deep.html", html, PUBLISHED)));
        assertNull(doc.error());
        assertTrue(doc.source().text().contains("副市长张伟出席开工仪式"), doc.source().text());
    }

    /** 市长李𡈼: a name that ends on a supplementary-plane character keeps the whole pair, in both offset systems. */
    @Test
    void namesWithSupplementaryCharactersKeepWholeCodePoints() {
        String text = "市长李\uD844\uDE3C主持会议。副市长王\uD840\uDC0B出席并讲话。\n";
        XunluDocument doc = DocumentCheck.extractAndCheck(ENGINE, InputDoc.ofText("names.txt", text, PUBLISHED));
        List<String> names = officialNames(doc);
        for (String n : names) {
            assertTrue(n.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF), () -> "name with a cut pair: " + n);
        }
        assertTrue(names.contains("李\uD844\uDE3C"), () -> "officials found: " + names);
    }

    /** Marks inside a name and a number are invisible to matching, yet the spans keep them: text equals the source. */
    @Test
    void invisibleMarksInsideNamesAndNumbersStayInTheSpans() {
        String text = "市长李\u200D明主持会议,项目总投资1\u200B2\u200F3亿元。\n";
        XunluDocument doc = DocumentCheck.extractAndCheck(ENGINE, InputDoc.ofText("marks.txt", text, PUBLISHED));
        JsonNode amounts = Json.MAPPER.valueToTree(doc).path("articles").path(0).path("amounts");
        boolean found = false;
        for (JsonNode a : amounts) {
            if (a.path("text").asText().startsWith("1\u200B2\u200F3")) {
                found = true;
                assertEquals(0, a.path("value").decimalValue().compareTo(new java.math.BigDecimal("12300000000")), a::toString);
            }
        }
        assertTrue(found, () -> "no 123亿元 amount with its marks: " + amounts);
        // the official's name is normalized for matching; its mention is the source, joiner included
        assertTrue(officialNames(doc).contains("李明"), () -> "officials: " + officialNames(doc));
        List<String> mentions = new ArrayList<>();
        for (JsonNode o : Json.MAPPER.valueToTree(doc).path("articles").path(0).path("officials")) {
            for (JsonNode m : o.path("mentions")) mentions.add(m.path("text").asText());
        }
        assertTrue(mentions.contains("李\u200D明"), () -> "official mentions: " + mentions);
    }

    @Test
    void fiveHundredDigitNumbersAndYiChainsGiveDocuments() {
        String text = "投资" + "9".repeat(500) + "元,共" + "1".repeat(500) + "人,1亿亿亿亿元,三亿亿亿亿人," + "亿".repeat(5000) + "元。\n";
        XunluDocument doc = assertTimeoutPreemptively(BOUND,
                () -> DocumentCheck.extractAndCheck(ENGINE, InputDoc.ofText("numbers.txt", text, PUBLISHED)));
        assertNull(doc.error());
    }

    /** Found by LayoutFuzzTest: a line of bold marks only (****) made the section check read an empty string. */
    @Test
    void lineOfBoldMarksOnlyIsNoCrash() {
        XunluDocument doc = DocumentCheck.extractAndCheck(ENGINE, InputDoc.ofText("bold.txt", "**\n****\n正文一段。\n", PUBLISHED));
        assertNull(doc.error());
    }

    /** Found by the random shape: a count's subject reached 14 units and ended inside a surrogate pair. */
    @Test
    void countSubjectReachEndsOnWholeCharacters() {
        String text = "共有3个李" + "\uD840\uDC0B".repeat(10) + "。";
        ArticleText a = ArticleText.of(text);
        List<CountFinding> counts = new CountExtractor().extract(a, new AmountExtractor().extract(a));
        assertEquals(1, counts.size(), counts::toString);
        SpanCheck.assertSpansInside(text, counts);
        assertEquals("李" + "\uD840\uDC0B".repeat(6), counts.get(0).subject());
    }

    private static List<String> officialNames(XunluDocument doc) {
        List<String> names = new ArrayList<>();
        for (JsonNode a : Json.MAPPER.valueToTree(doc).path("articles")) {
            for (JsonNode o : a.path("officials")) names.add(o.path("name").asText());
        }
        return names;
    }
}
