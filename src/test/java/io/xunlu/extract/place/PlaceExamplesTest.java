package io.xunlu.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every row of examples.tsv (beside this class in test resources) against the gazetteer. */
class PlaceExamplesTest {
    record Example(String kind, String input, int position, String expected, String note) {
        @Override public String toString() { return kind + " " + input.replace("\n", "\\n") + " — " + note; }
    }

    static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(PlaceExamplesTest.class.getResourceAsStream("examples.tsv")),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 5) throw new IllegalStateException("examples.tsv: need 5 columns: " + line);
                int pos = f[2].equals("-") ? -1 : Integer.parseInt(f[2]);
                out.add(new Example(f[0], f[1].replace("\\n", "\n"), pos, f[3], f[4]));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(Example ex) {
        Gazetteer g = Gazetteer.standard();
        Regions r = Regions.standard();
        String actual = switch (ex.kind()) {
            case "find" -> joined(g.find(ex.input()).stream().map(m -> m.form() + "@" + m.span().start()).toList());
            case "prefix" -> g.prefixAt(ex.input(), ex.position()).map(m -> m.form() + "@" + m.span().start()).orElse("-");
            case "byname" -> g.byName(ex.input()).map(d -> d.name() + "/" + d.code()).orElse("-");
            case "region" -> joined(r.find(ex.input()).stream().map(m -> m.name() + "@" + m.span().start()).toList());
            case "area-suffix" -> r.areaSuffixAt(ex.input(), ex.position()).orElse("-");
            default -> throw new IllegalArgumentException("unknown example kind " + ex.kind());
        };
        assertEquals(ex.expected(), actual, ex.note());
    }

    private static String joined(List<String> items) {
        return items.isEmpty() ? "-" : items.stream().collect(Collectors.joining(" "));
    }
}
