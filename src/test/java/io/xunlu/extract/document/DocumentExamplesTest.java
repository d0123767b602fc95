package io.xunlu.extract.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xunlu.extract.ArticleText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every row of examples.tsv: the documents found must be exactly the listed ones, in order. */
class DocumentExamplesTest {
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

    static Stream<Arguments> examples() throws IOException {
        try (InputStream in = DocumentExamplesTest.class.getResourceAsStream("examples.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Arguments> rows = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) continue;
                String[] f = lines[i].split("\t");
                rows.add(Arguments.of(i + 1, f[0].replace("\\n", "\n"), Arrays.asList(f).subList(1, f.length)));
            }
            return rows.stream();
        }
    }

    /** The rules of NamedDocuments: documents named without 《》. */
    private static final java.util.Set<String> NAMED_RULES = java.util.Set.of("issuing-verb+head-noun", "quoted-plan", "named-kind", "numbered-file");

    @ParameterizedTest(name = "line {0}: {1}")
    @MethodSource("examples")
    void extractsExactlyTheListedDocuments(int line, String input, List<String> expected) {
        String text = foldWidth(input);
        List<String> got = new ArrayList<>();
        for (DocumentFinding d : EXTRACTOR.extract(ArticleText.of(text))) {
            // a title in 《》 is mentioned right after its 《; one named without them is its own mention
            boolean bracketed = !NAMED_RULES.contains(d.rule());
            for (var mention : d.mentions()) {
                if (bracketed) assertEquals('《', text.charAt(mention.start() - 1), "mention starts after 《");
                else assertEquals(d.title(), mention.of(text), "an unbracketed mention is the title");
            }
            got.add(d.title() + "=" + d.issuers().stream().map(s -> s.of(text)).collect(Collectors.joining("、"))
                    + "=" + d.mentions().size());
        }
        assertEquals(expected, got, "examples.tsv line " + line);
    }

    static String foldWidth(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) if (c[i] >= '\uFF01' && c[i] <= '\uFF5E') c[i] = (char) (c[i] - 0xFEE0);
        return new String(c);
    }
}
