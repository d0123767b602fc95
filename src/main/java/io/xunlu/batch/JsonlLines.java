package io.xunlu.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a JSON Lines file as bytes, one at a time, in one linear pass. Lines are split on
 * the '\n' byte (it never occurs inside a UTF-8 multi-byte sequence) and a trailing '\r' is dropped.
 * A line longer than the limit is skipped to its end and reported as {@link Line#tooLong()}, so one
 * monstrous line cannot exhaust memory.
 */
final class JsonlLines implements Closeable {
    /** One line: its 1-based number and bytes, or tooLong with no bytes. */
    record Line(long number, byte[] bytes, boolean tooLong) {
        boolean isBlank() {
            if (tooLong) return false;
            for (byte b : bytes) if (b != ' ' && b != '\t' && b != '\r') return false;
            return true;
        }
    }

    private final InputStream in;
    private final int limit;
    private final byte[] chunk = new byte[64 * 1024];
    private int pos;
    private int end;
    private long number;
    private boolean eof;

    JsonlLines(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        byte[] line = new byte[256];
        int len = 0;
        boolean tooLong = false;
        boolean sawAny = false;
        while (true) {
            if (pos == end) {
                if (eof || !fill()) {
                    if (!sawAny) return null;
                    break; // last line without '\n'
                }
            }
            sawAny = true;
            int nl = indexOfNewline();
            int stop = nl < 0 ? end : nl;
            int take = stop - pos;
            if (!tooLong) {
                if (len + take > limit) {
                    tooLong = true;
                    line = null;
                } else {
                    if (len + take > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, len + take));
                    System.arraycopy(chunk, pos, line, len, take);
                    len += take;
                }
            }
            pos = stop;
            if (nl >= 0) {
                pos++;
                break;
            }
        }
        number++;
        if (tooLong) return new Line(number, null, true);
        if (len > 0 && line[len - 1] == '\r') len--;
        return new Line(number, Arrays.copyOf(line, len), false);
    }

    private int indexOfNewline() {
        for (int i = pos; i < end; i++) if (chunk[i] == '\n') return i;
        return -1;
    }

    private boolean fill() throws IOException {
        int r = in.read(chunk, 0, chunk.length);
        if (r <= 0) {
            eof = r < 0;
            if (r == 0) return fill();
            return false;
        }
        pos = 0;
        end = r;
        return true;
    }

    @Override
    public void close() throws IOException { in.close(); }
}
