package io.xunlu.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compact index (divisions.idx.gz) must say what the readable data says: every row of
 * divisions.tsv, every form, every ordinary word. Fails when one was regenerated without the other.
 */
class GazetteerDataTest {
    private static final Path MODELS = Path.of("models", "places");
    private final Gazetteer g = Gazetteer.standard();

    @Test
    void everyRowOfTheTsvIsInTheIndex() throws IOException {
        List<String> lines = Files.readAllLines(MODELS.resolve("divisions.tsv"), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("# "), "header line");
        int rows = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.startsWith("code\t") || line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            Division expected = new Division(f[0], f[1], Level.valueOf(f[2].toUpperCase()), f[3], f[4],
                    split(f[5]), split(f[6]));
            Division actual = g.byCode(f[0]).orElseThrow(() -> new AssertionError("no division " + f[0]));
            assertEquals(expected, actual);
            assertEquals(actual, g.divisions().get(rows));
            assertTrue(g.all(expected.name()).contains(actual), expected.name());
            for (String s : expected.shortForms()) {
                assertTrue(g.all(s).contains(actual), s);
                assertTrue(g.isDivisionName(s), s);
            }
            for (String s : expected.titleForms()) assertTrue(g.all(s).contains(actual), s);
            rows++;
        }
        assertEquals(rows, g.divisions().size());
    }

    @Test
    void ordinaryWordsAreNeverFoundInFreeText() throws IOException {
        for (String word : Files.readAllLines(MODELS.resolve("common-words.txt"), StandardCharsets.UTF_8)) {
            if (word.isBlank() || word.startsWith("#")) continue;
            assertEquals(List.of(), g.find(word.strip()), word);
        }
    }

    private static List<String> split(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split(","));
    }
}
