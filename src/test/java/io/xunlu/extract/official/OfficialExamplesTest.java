package io.xunlu.extract.official;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xunlu.ArticleExtractor;
import io.xunlu.ArticleFacts;
import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.link.LinkedOfficial;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every row of examples.tsv (text → officials with titles) through the article extractor. */
class OfficialExamplesTest {
    static final ArticleExtractor EXTRACTOR = new ArticleExtractor(HanLPAnalyzer.get());

    static Stream<Arguments> examples() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                OfficialExamplesTest.class.getResourceAsStream("examples.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                out.add(Arguments.of(cols[0], cols[1]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void officialsAsExpected(String text, String expected) {
        ArticleFacts facts = EXTRACTOR.extract(text + "\n", null);
        assertEquals(expected, render(text, facts.officials()), text);
    }

    static String render(String text, List<LinkedOfficial> officials) {
        if (officials.isEmpty()) return "-";
        List<String> parts = new ArrayList<>();
        for (LinkedOfficial o : officials) {
            List<String> titles = o.titles().stream().map(t -> t.of(text)).toList();
            parts.add(o.name() + "=" + String.join("|", titles));
        }
        return String.join(";", parts);
    }

    @Test
    void anaphorAndBareMentionsAreMentions() {
        String text = "市委书记马丽娟强调，要压实责任。马书记还要求各部门加强协同。马丽娟指出，要守牢底线。\n";
        LinkedOfficial o = EXTRACTOR.extract(text, null).officials().get(0);
        assertEquals(3, o.mentions().size());
        assertEquals("official.surname+post", o.mentions().get(1).rule());
    }

    @Test
    void hostileInputFinishes() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) sb.append("市长、");
        for (int i = 0; i < 100_000; i++) sb.append("副市长王");
        sb.append("\n");
        EXTRACTOR.extract(sb.toString(), null); // must finish (linear scanners); no assertion on time
    }
}
