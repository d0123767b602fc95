package io.xunlu.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xunlu.Xunlu;
import io.xunlu.ingest.InputDoc;
import io.xunlu.json.Article;
import io.xunlu.json.Region;
import io.xunlu.json.XunluDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The article region examples of examples.tsv, each through the whole engine. */
class RegionExamplesTest {
    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = RegionExamplesTest.class.getResourceAsStream("examples.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                String text = c[0].replace("\\n", "\n");
                String option = c[1].equals("-") ? null : c[1];
                String expected = c[2];
                tests.add(DynamicTest.dynamicTest(c[0] + " / " + c[1], () -> {
                    XunluDocument doc = Xunlu.standard().extract(InputDoc.ofText("t.txt", text, null).withRegion(option));
                    Article a = doc.articles().get(0);
                    Region r = a.region();
                    assertEquals(expected, r == null ? "-" : r.code() + " " + r.basis(), "region of " + text);
                }));
            }
        }
        return tests.stream();
    }
}
