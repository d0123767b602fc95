package io.xunlu.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xunlu.ArticleExtractor;
import io.xunlu.ArticleFacts;
import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.extract.LocalSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every row of resolve/examples.tsv (rule, text → which field each name went to). */
class ConflictPolicyExamplesTest {
    static final ArticleExtractor EXTRACTOR = new ArticleExtractor(HanLPAnalyzer.get());

    static Stream<Arguments> examples() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ConflictPolicyExamplesTest.class.getResourceAsStream("examples.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                out.add(Arguments.of(c[0], c[1].replace("\\n", "\n"), c[2]));
            }
        }
        return out.stream();
    }

    record Named(int start, String label) {}

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void eachSpanGoesToItsField(String rule, String text, String expected) {
        String full = (text.contains("\n") ? "" : "示例标题\n") + text + "\n";
        ArticleFacts f = EXTRACTOR.extract(full, null);
        List<Named> got = new ArrayList<>();
        f.officials().forEach(o -> got.add(new Named(o.mentions().get(0).span().start(), "official:" + o.name())));
        f.people().forEach(p -> got.add(new Named(p.name().start(), "person:" + p.name().of(full))));
        f.organizations().forEach(o -> got.add(new Named(o.span().start(), "org:" + o.span().of(full))));
        f.places().forEach(p -> got.add(new Named(p.span().start(), "place:" + p.span().of(full))));
        f.projects().forEach(p -> got.add(new Named(p.mentions().stream().mapToInt(LocalSpan::start).min().orElse(0),
                "project:" + p.name())));
        List<String> labels = got.stream().sorted(Comparator.comparingInt(Named::start)).map(Named::label).distinct().toList();
        assertEquals(expected, labels.isEmpty() ? "-" : String.join("|", labels), rule + ": " + text);
    }
}
