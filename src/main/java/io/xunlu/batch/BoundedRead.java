package io.xunlu.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream whole, but never more than a limit: a 10 GB file or a zip bomb entry becomes an
 * ingest.too_large record after limit + 1 bytes, not an OutOfMemoryError that ends the run.
 */
public final class BoundedRead {
    private BoundedRead() {}

    public static byte[] readAll(InputStream in, long limit, String name) throws IOException, InputFailure {
        byte[] buf = new byte[8192];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (n > limit) throw tooLarge(name, limit);
                buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(buf.length * 2L, 8192)));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) break;
            n += r;
            if (n > limit) throw tooLarge(name, limit);
        }
        return Arrays.copyOf(buf, n);
    }

    public static InputFailure tooLarge(String name, long limit) {
        return new InputFailure("ingest.too_large", name + " has more than " + limit
                + " bytes, more than --max-chars allows in any encoding", null, null);
    }
}
