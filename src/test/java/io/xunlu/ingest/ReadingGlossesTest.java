package io.xunlu.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xunlu.extract.LocalSpan;
import io.xunlu.output.SpanMapper;
import io.xunlu.text.MappedText;
import io.xunlu.text.SourceText;
import org.junit.jupiter.api.Test;

/** Pinyin readings after characters: dropped for matching, kept in the names the output writes. */
class ReadingGlossesTest {
    @Test
    void foldingDropsReadingsAndOutputKeepsThem() {
        String page = "南灣區發(fā)改委項(xiàng)目";
        MappedText folded = MatchFolding.fold(page);
        assertEquals("南湾区发改委项目", folded.text());
        String name = new SpanMapper(folded, new SourceText(page)).text(new LocalSpan(3, 6));
        assertEquals("發(fā)改委", name);
    }

    @Test
    void onlyTonedSyllablesAfterHanAreReadings() {
        assertEquals("产值(GDP)附件(a)和 (fā)", MatchFolding.fold("产值(GDP)附件(a)和 (fā)").text());
        assertTrue(ReadingGlosses.isGloss("(zhuàng)", 0, 8));
        assertFalse(ReadingGlosses.isGloss("(zhuang)", 0, 8));
    }

    @Test
    void aReadingNextToASupplementaryCharacterKeepsThePairWhole() {
        String page = "𠀋(fā)展";
        assertEquals("𠀋展", MatchFolding.fold(page).text());
    }
}
