package io.xunlu.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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

    /**
     * Random text made of names, short forms, title forms, ordinary words and noise (CJK,
     * punctuation, surrogate pairs): find() and prefixesAt() must agree with a naive scanner
     * over hash sets built from the readable files.
     */
    @Test
    void scannerAgreesWithANaiveReferenceOnRandomText() throws IOException {
        Set<String> free = new HashSet<>();
        Set<String> any = new HashSet<>();
        Set<String> ordinary = new HashSet<>();
        List<String> pieces = new ArrayList<>();
        for (String line : Files.readAllLines(MODELS.resolve("divisions.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("code\t") || line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            free.add(f[1]);
            free.addAll(split(f[5]));
            any.add(f[1]);
            any.addAll(split(f[5]));
            any.addAll(split(f[6]));
            pieces.add(f[1]);
            pieces.addAll(split(f[5]));
            pieces.addAll(split(f[6]));
        }
        for (String w : Files.readAllLines(MODELS.resolve("common-words.txt"), StandardCharsets.UTF_8)) {
            if (!w.isBlank() && !w.startsWith("#")) ordinary.add(w.strip());
        }
        pieces.addAll(ordinary);
        String[] noise = {"的", "和", "市", "县", "区", "委", "、", ",", "。", "\n", "𠀀", "１", "a", "省", "镇", "新", "南"};
        Random random = new Random(20240927L);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < 200) {
                if (random.nextInt(3) == 0) sb.append(noise[random.nextInt(noise.length)]);
                else sb.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = sb.toString();
            assertEquals(naiveFind(text, free, ordinary), g.find(text).stream().map(m -> m.form() + "@" + m.span().start()).toList(), text);
            int pos = random.nextInt(text.length());
            List<String> expected = new ArrayList<>();
            for (int end = pos + 1; end <= text.length() && end - pos <= 64; end++) {
                if (any.contains(text.substring(pos, end))) expected.add(text.substring(pos, end));
            }
            assertEquals(expected, g.prefixesAt(text, pos).stream().map(PlaceMatch::form).toList(), text + " @" + pos);
        }
    }

    private static List<String> naiveFind(String text, Set<String> free, Set<String> ordinary) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int best = -1;
            for (int end = Math.min(text.length(), i + 64); end > i; end--) {
                String s = text.substring(i, end);
                if (ordinary.contains(s) || free.contains(s)) {
                    best = end;
                    break;
                }
            }
            if (best < 0) {
                i++;
                continue;
            }
            String s = text.substring(i, best);
            if (!ordinary.contains(s)) out.add(s + "@" + i);
            i = best;
        }
        return out;
    }

    private static List<String> split(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split(","));
    }
}
