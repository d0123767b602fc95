package io.xunlu.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xunlu.ExampleRows;
import io.xunlu.Xunlu;
import io.xunlu.json.XunluDocument;
import io.xunlu.text.MappedText;
import java.util.List;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every line of folding/examples.tsv: the source and the text the extractors match on. */
class MatchFoldingTest {
    static Stream<Arguments> examples() throws IOException {
        return ExampleRows.read("/io/xunlu/ingest/folding/examples.tsv", 2);
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @MethodSource("examples")
    void folds(int line, String source, String expected) {
        assertEquals(expected, MatchFolding.fold(source).text());
    }

    @Test
    void namesAndTitlesKeepTheGlossesAsTheGoldWritesThem() {
        String page = "縣政協(xié)副主席周明遠出席會(huì)議并講話(huà)。縣長(zhǎng)吳強(qiáng)主持。\n";
        XunluDocument doc = Xunlu.standard().extract(InputDoc.ofText("page.txt", page, null));
        var o = doc.articles().get(0).officials();
        assertEquals("周明遠", o.get(0).name());
        assertEquals(List.of("縣政協(xié)副主席"), o.get(0).titles());
        // a title keeps the gloss on its last character, a name is written without it
        assertEquals("吳強", o.get(1).name());
        assertEquals(List.of("縣長(zhǎng)"), o.get(1).titles());
    }

    @Test
    void aGlossKeepsTheSourcePositionsAroundIt() {
        String source = "協(xié)會";
        MappedText t = MatchFolding.fold(source);
        assertEquals(2, t.length());
        assertEquals(0, t.sourceIndex(0));
        assertEquals(source.length() - 1, t.sourceIndex(1));
    }
}
