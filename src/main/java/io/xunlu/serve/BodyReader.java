package io.xunlu.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a request body up to a limit. A declared Content-Length over the limit is refused before a
 * byte is read; a chunked body is read only to one byte past the limit, so a client that streams
 * gigabytes costs the server the limit and no more.
 */
final class BodyReader {
    private BodyReader() {}

    static byte[] read(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) throw tooLarge(maxBytes);
        int cap = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16);
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes(cap);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body", e);
        }
        if (body.length > maxBytes) throw tooLarge(maxBytes);
        return body;
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "request.too_large", "the body is larger than " + maxBytes + " bytes");
    }
}
