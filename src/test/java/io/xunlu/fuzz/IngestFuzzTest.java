package io.xunlu.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.xunlu.ingest.Format;
import io.xunlu.ingest.HtmlArticleText;
import io.xunlu.ingest.Ingest;
import io.xunlu.ingest.IngestException;
import io.xunlu.ingest.Ingested;
import io.xunlu.ingest.InputDoc;
import io.xunlu.ingest.MatchFolding;
import io.xunlu.ingest.TextDecoder;
import io.xunlu.text.MappedText;

/**
 * Ingest on any bytes: decoding in auto mode and under every encoding a user can name, HTML
 * extraction, and match folding. The only failure allowed is an {@link IngestException}; what
 * comes out is well-formed text (no lone surrogates from a strict decoder), and folding keeps a
 * source offset for every folded unit.
 */
class IngestFuzzTest {
    private static final String[] ENCODINGS = {null, "auto", "UTF-8", "GB18030", "GBK", "Big5", "Big5-HKSCS",
            "UTF-16LE", "UTF-16BE", "ISO-8859-1", "no-such-encoding", ""};
    private static final Ingest INGEST = new Ingest(1_000_000);

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void decodeAndIngestBytes(FuzzedDataProvider data) {
        String encoding = data.pickValue(ENCODINGS);
        Format format = data.pickValue(Format.values());
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            TextDecoder.Decoded d = TextDecoder.decode(bytes, encoding);
            if (!"ISO-8859-1".equals(d.encoding())) assertWellFormed(d.text());
            assertEquals(d, TextDecoder.decode(bytes, encoding), "decoding is not deterministic");
        } catch (IngestException e) {
            assertTrue(e.code().startsWith("ingest."), e.code());
        }
        try {
            Ingested ing = INGEST.read(new InputDoc("fuzz", bytes, null, null, null, format, encoding));
            assertFalse(ing.text().isBlank(), "ingest returned blank text instead of ingest.empty");
            assertFolds(ing.text());
        } catch (IngestException e) {
            assertTrue(e.code().startsWith("ingest."), e.code());
        }
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void htmlArticleText(byte[] bytes) {
        String html = FuzzInput.text(bytes);
        String text = HtmlArticleText.extract(html);
        assertEquals(text, HtmlArticleText.extract(html), "HTML extraction is not deterministic");
        assertFolds(text);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void matchFolding(byte[] bytes) {
        assertFolds(FuzzInput.text(bytes));
    }

    /** Every folded unit maps to a source unit in order, so spans can be mapped back. */
    static void assertFolds(String source) {
        MappedText folded = MatchFolding.fold(source);
        int last = -1;
        for (int i = 0; i < folded.length(); i++) {
            int s = folded.sourceIndex(i);
            assertTrue(s > last && s < source.length(), () -> "folded unit maps to source " + s);
            last = s;
        }
    }

    private static void assertWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)), "lone high surrogate");
                i++;
            } else {
                assertFalse(Character.isLowSurrogate(c), "lone low surrogate");
            }
        }
    }
}
