package io.xunlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xunlu.ingest.InputDoc;
import io.xunlu.json.Json;
import io.xunlu.json.XunluDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input of our corpus (and of ../shared/articles when present) through the whole pipeline:
 * valid against the schema, every span on the source, and the same output twice.
 */
class CorpusInvariantsTest {
    static Stream<Path> inputs() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(Path.of("corpus"), Path.of(System.getProperty("xunlu.shared", "../shared"), "articles"))) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
                        .filter(p -> !p.toString().contains("/tools/"))
                        .sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void schemaSpansAndDeterminism(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        XunluDocument a = Xunlu.standard().extract(InputDoc.ofBytes(file.getFileName().toString(), bytes, null));
        XunluDocument b = Xunlu.standard().extract(InputDoc.ofBytes(file.getFileName().toString(), bytes, null));
        SchemaCheck.assertValid(a);
        String decoded = a.source().text() != null ? a.source().text() : decode(bytes, a.source().encoding());
        SpanInvariants.assertSpansHold(decoded, a);
        assertEquals(Json.compact(a), Json.compact(b), "same input, same output");
    }

    private static String decode(byte[] bytes, String encoding) {
        String s = new String(bytes, java.nio.charset.Charset.forName(encoding == null ? "UTF-8" : encoding));
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
