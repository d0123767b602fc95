package io.xunlu.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xunlu.extract.ArticleText;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Megabytes of adversarial text must finish (a generous bound against hanging, not a timing test). */
class DateHostileInputTest {
    private static final DateExtractor EXTRACTOR = new DateExtractor();
    private static final LocalDate REF = LocalDate.of(2023, 10, 19);

    @ParameterizedTest
    @ValueSource(strings = {"1", "、", "年", "2023年", "12月", "1至", "前", "今年以来", "截至", "二〇", "十", "《", "11:", "2023-", "上午"})
    void repeatedPiecesFinish(String piece) {
        String text = piece.repeat(2_000_000 / piece.length());
        List<DateFinding> found = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> EXTRACTOR.extract(new ArticleText(text, List.of(), REF)));
        assertWellFormed(text, found);
    }

    @Test
    void longDigitRunIsNoDate() {
        String text = "9".repeat(2_000_000) + "年" + "8".repeat(1_000_000) + "月";
        assertEquals(List.of(), assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> EXTRACTOR.extract(new ArticleText(text, List.of(), REF))));
    }

    @Test
    void randomDateAlphabetFinishesWithWellFormedSpans() {
        String alphabet = "0123456789一二三四五六七八九十两〇年月日号时分点至到-—上下午晚前后以来截至底初旬季度半全内今去明昨天同期本周末春夏秋冬《》、, \n𠀀";
        int[] cps = alphabet.codePoints().toArray();
        Random random = new Random(20231019);
        StringBuilder b = new StringBuilder();
        while (b.length() < 2_000_000) b.appendCodePoint(cps[random.nextInt(cps.length)]);
        String text = b.toString();
        List<DateFinding> found = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> EXTRACTOR.extract(new ArticleText(text, List.of(), REF)));
        assertTrue(found.size() > 1000, "random date alphabet should contain dates");
        assertWellFormed(text, found);
    }

    private static void assertWellFormed(String text, List<DateFinding> found) {
        int last = 0;
        for (DateFinding f : found) {
            assertTrue(f.span().start() >= last && f.span().end() <= text.length() && f.span().length() > 0, f.toString());
            assertTrue(!Character.isLowSurrogate(text.charAt(f.span().start())), "span starts inside a surrogate pair");
            last = f.span().end();
        }
    }
}
