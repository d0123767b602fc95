package io.xunlu.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The JSON Lines output of a batch run, written so that a kill -9 loses at most the line being
 * written: every line goes to the operating system as it is done (one write of line + '\n'), and
 * on --resume the file is scanned once, a torn last line (no '\n') is cut off, and the count of
 * complete lines tells how many inputs are done. It does not fsync: a process crash keeps what was
 * written, a power cut may not.
 */
public final class ResumableOutput implements Closeable {
    /** Error records are short; only lines under this length are checked for the error marker. */
    private static final int ERROR_LINE_MAX = 64 * 1024;
    /** Only a top-level key can appear unescaped like this: inside a string the quotes are escaped. */
    private static final byte[] ERROR_MARK = ",\"error\":{\"code\":".getBytes(StandardCharsets.UTF_8);

    /** What an earlier run left: complete lines, how many of them error records, bytes of torn tail cut. */
    public record Existing(long lines, long errorLines, long tornBytes) {
        static final Existing NONE = new Existing(0, 0, 0);
    }

    private final OutputStream out;
    private final Existing existing;

    private ResumableOutput(OutputStream out, Existing existing) {
        this.out = out;
        this.existing = existing;
    }

    /** Opens OUT for a fresh run (truncating it) or, with resume, to continue after its complete lines. */
    public static ResumableOutput open(Path file, boolean resume) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (!resume || !Files.exists(file)) {
            return new ResumableOutput(Files.newOutputStream(file), Existing.NONE);
        }
        Existing e = scan(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long keep = ch.size() - e.tornBytes();
            ch.truncate(keep);
            ch.force(false);
        }
        return new ResumableOutput(Files.newOutputStream(file, StandardOpenOption.APPEND), e);
    }

    /** One linear pass: complete lines, error records among them, and the length of a torn tail. */
    static Existing scan(Path file) throws IOException {
        long lines = 0;
        long errors = 0;
        long sinceNewline = 0;
        byte[] head = new byte[ERROR_LINE_MAX];
        int headLen = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        lines++;
                        if (sinceNewline < ERROR_LINE_MAX && contains(head, headLen, ERROR_MARK)) errors++;
                        sinceNewline = 0;
                        headLen = 0;
                    } else {
                        if (headLen < ERROR_LINE_MAX) head[headLen++] = b;
                        sinceNewline++;
                    }
                }
            }
        }
        return new Existing(lines, errors, sinceNewline);
    }

    private static boolean contains(byte[] hay, int len, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= len; i++) {
            for (int k = 0; k < needle.length; k++) if (hay[i + k] != needle[k]) continue outer;
            return true;
        }
        return false;
    }

    public Existing existing() { return existing; }

    /** Writes one line and hands it to the operating system at once. */
    public void writeLine(String json) throws IOException {
        byte[] b = (json + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(b);
        out.flush();
    }

    @Override
    public void close() throws IOException { out.close(); }
}
