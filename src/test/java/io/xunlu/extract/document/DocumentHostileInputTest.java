package io.xunlu.extract.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xunlu.extract.ArticleText;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Megabytes of adversarial brackets and issuer text must finish (a bound against hanging, not a timing test). */
class DocumentHostileInputTest {
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

    private static List<DocumentFinding> run(String text) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> EXTRACTOR.extract(ArticleText.of(text)));
    }

    @Test
    void deeplyNestedBracketsFinish() {
        String text = "《".repeat(10_000) + "安全管理办法" + "》".repeat(10_000);
        List<DocumentFinding> found = run(text);
        assertEquals(1, found.size());
        assertEquals("安全管理办法", found.get(0).title());
    }

    @Test
    void neverClosedBracketsFinish() {
        assertEquals(List.of(), run(("《关于加强管理的通知" + "、".repeat(50)).repeat(20_000)));
        assertEquals(List.of(), run("《".repeat(3_000_000)));
    }

    @Test
    void repeatedEnumerationCommasFinish() {
        String text = "、".repeat(200_000) + "市政府印发《办法》" + "、".repeat(200_000);
        assertEquals(1, run(text).size());
    }

    @Test
    void endlessIssuerRunFinishes() {
        String text = "局".repeat(2_000_000) + "和市财政局联合印发的《资金管理办法》";
        List<DocumentFinding> found = run(text);
        assertEquals(1, found.size());
    }

    @Test
    void thousandsOfDistinctTitlesFinish() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100_000; i++) b.append("市政府印发《第").append(i).append("号管理办法》,");
        List<DocumentFinding> found = run(b.toString());
        assertTrue(found.size() >= 100_000 / 2, "distinct titles stay distinct");
    }
}
