package io.xunlu.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumableOutputTest {
    @TempDir
    Path dir;

    private static final String OK = "{\"schema\":\"xunlu/1\",\"source\":{\"name\":\"a\",\"text\":\"他说:\\\"error\\\":{\\\"code\\\":\"},\"articles\":[]}";
    private static final String ERR = "{\"schema\":\"xunlu/1\",\"engine\":{},\"source\":{\"name\":\"b\"},\"error\":{\"code\":\"ingest.empty\",\"message\":\"…\"}}";

    @Test
    void resumeCutsATornLastLineAndCountsWhatIsDone() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, OK + "\n" + ERR + "\n" + OK + "\n" + "{\"schema\":\"xunlu/1\",\"sou", StandardCharsets.UTF_8);
        try (ResumableOutput o = ResumableOutput.open(out, true)) {
            assertEquals(new ResumableOutput.Existing(3, 1, 24), o.existing());
            o.writeLine(ERR);
        }
        assertEquals(OK + "\n" + ERR + "\n" + OK + "\n" + ERR + "\n", Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void aFileOfOnlyATornLineIsEmptiedAndAFreshRunTruncates() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "{\"schema\":\"xu", StandardCharsets.UTF_8);
        try (ResumableOutput o = ResumableOutput.open(out, true)) {
            assertEquals(0, o.existing().lines());
        }
        assertEquals(0, Files.size(out));
        Files.writeString(out, OK + "\n", StandardCharsets.UTF_8);
        try (ResumableOutput o = ResumableOutput.open(out, false)) {
            assertEquals(0, o.existing().lines());
        }
        assertEquals(0, Files.size(out));
    }

    @Test
    void resumeWithoutAnOutputStartsFresh() throws IOException {
        Path out = dir.resolve("sub/new.jsonl");
        try (ResumableOutput o = ResumableOutput.open(out, true)) {
            assertEquals(0, o.existing().lines());
            o.writeLine(OK);
        }
        assertEquals(OK + "\n", Files.readString(out, StandardCharsets.UTF_8));
    }
}
