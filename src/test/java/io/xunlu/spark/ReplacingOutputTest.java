package io.xunlu.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is replaced whole on success and left as it was on failure; leftovers go. */
class ReplacingOutputTest {
    @TempDir
    Path dir;

    private final Configuration conf = new Configuration();

    @Test
    void commitReplacesTheWholeFolder() throws IOException {
        Path out = dir.resolve("out");
        write(out.resolve("part-00000"), "old");
        write(out.resolve("part-00001"), "old, and gone after the rerun");

        ReplacingOutput o = ReplacingOutput.prepare(out.toString(), conf);
        write(local(o), "new");
        o.commit();

        assertEquals(List.of(out.resolve("part-00000")), list(out));
        assertEquals("new", Files.readString(out.resolve("part-00000")));
        assertEquals(List.of(out), list(dir), "nothing but OUT beside OUT");
    }

    @Test
    void aFailedRunLeavesTheOutputAsItWas() throws IOException {
        Path out = dir.resolve("out");
        write(out.resolve("part-00000"), "old");

        ReplacingOutput o = ReplacingOutput.prepare(out.toString(), conf);
        write(local(o), "half-written");
        o.abandon();

        assertEquals("old", Files.readString(out.resolve("part-00000")));
        assertEquals(List.of(out), list(dir));
    }

    @Test
    void leftoversOfAKilledRunAreClearedNextTime() throws IOException {
        Path out = dir.resolve("出力 𠀋");
        write(dir.resolve(".出力 𠀋.xunlu-tmp-1234/part-00000"), "a killed run's");
        write(dir.resolve("other/part-00000"), "someone else's");

        ReplacingOutput o = ReplacingOutput.prepare(out.toString(), conf);
        write(local(o), "new");
        o.commit();

        assertEquals(List.of(dir.resolve("other"), out), list(dir));
        assertEquals("new", Files.readString(out.resolve("part-00000")));
    }

    @Test
    void aFirstRunCreatesTheParents() throws IOException {
        Path out = dir.resolve("a/b/out");
        ReplacingOutput o = ReplacingOutput.prepare(out.toString(), conf);
        write(local(o), "new");
        o.commit();
        assertTrue(Files.isRegularFile(out.resolve("part-00000")));
        assertFalse(Files.exists(Path.of(o.temp().toUri().getPath())));
    }

    private static Path local(ReplacingOutput o) { return Path.of(o.temp().toUri().getPath()).resolve("part-00000"); }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> !p.getFileName().toString().endsWith(".crc")).sorted().toList();
        }
    }
}
