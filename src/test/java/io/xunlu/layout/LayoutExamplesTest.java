package io.xunlu.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xunlu.ExampleRows;
import io.xunlu.extract.LocalSpan;
import io.xunlu.ingest.MatchFolding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every row of layout/examples.tsv: a page (\n breaks a line) and the items the layout makes
 * of it, each as kind|headline|role:name,… joined by " || " ("-" for no item). The page is folded
 * as the pipeline folds it before layout.
 */
class LayoutExamplesTest {
    static Stream<Arguments> examples() throws IOException {
        return ExampleRows.read("/io/xunlu/layout/examples.tsv", 3);
    }

    @ParameterizedTest(name = "{1} (line {0})")
    @MethodSource("examples")
    void eachPageGivesItsItems(int line, String rule, String page, String expected) {
        String text = MatchFolding.fold(page.replace("\\n", "\n")).text();
        List<String> items = new ArrayList<>();
        for (LayoutItem item : PageLayoutTest.LAYOUT.split(text).items()) items.add(shown(text, item));
        assertEquals(expected, items.isEmpty() ? "-" : String.join(" || ", items), rule + " (line " + line + ")");
    }

    static String shown(String text, LayoutItem item) {
        StringBuilder h = new StringBuilder();
        for (LocalSpan s : item.headlineLines()) h.append(s.of(text));
        List<String> credits = new ArrayList<>();
        for (BylineParser.Credit c : item.bylines()) credits.add(c.role() + ":" + c.name().of(text).replace(" ", ""));
        return item.kind() + "|" + h + "|" + String.join(",", credits);
    }
}
