package io.xunlu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xunlu.ArticleExtractor;
import io.xunlu.ArticleFacts;
import io.xunlu.analysis.HanLPAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every row of entities/examples.tsv (field, text → names) through the article extractor. */
class EntityExamplesTest {
    static final ArticleExtractor EXTRACTOR = new ArticleExtractor(HanLPAnalyzer.get());

    static Stream<Arguments> examples() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                EntityExamplesTest.class.getResourceAsStream("entities/examples.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                out.add(Arguments.of(c[0], c[1], c[2]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void namesAsExpected(String field, String text, String expected) {
        // a headline first, so the sentence is read as body text (a headline's subject acts)
        String full = "示例标题\n" + text + "\n";
        ArticleFacts f = EXTRACTOR.extract(full, null);
        Set<String> names = new LinkedHashSet<>();
        switch (field) {
            case "org" -> sorted(f.organizations()).forEach(e -> names.add(e.span().of(full)));
            case "place" -> sorted(f.places()).forEach(e -> names.add(e.span().of(full)));
            case "project" -> f.projects().forEach(p -> names.add(p.name()));
            case "project-status" -> f.projects().forEach(p -> names.add(p.name() + ":" + (p.status() == null ? "-" : p.status().of(full))));
            case "project-investor" -> f.projects().forEach(p -> names.add(p.name() + ":" + (p.investor() == null ? "-" : p.investor().of(full))));
            case "person" -> f.people().forEach(p -> names.add(p.name().of(full)));
            default -> throw new IllegalArgumentException(field);
        }
        assertEquals(expected, names.isEmpty() ? "-" : String.join("|", names), text);
    }

    private static List<EntityFinding> sorted(List<EntityFinding> l) {
        return l.stream().sorted(Comparator.comparingInt(e -> e.span().start())).toList();
    }
}
