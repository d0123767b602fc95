package io.xunlu.batch;

import io.xunlu.Xunlu;
import io.xunlu.ingest.Ingest;
import io.xunlu.ingest.InputDoc;
import io.xunlu.json.ErrorInfo;
import io.xunlu.json.SourceInfo;
import io.xunlu.json.XunluDocument;
import java.nio.charset.StandardCharsets;

/**
 * The contract's error records for what goes wrong around the engine rather than inside ingest:
 * an input that could not be read, a document over the time limit, an unexpected exception.
 * Each carries the input's name (and id and hash where known) so that it can be found and rerun.
 */
public final class ErrorRecords {
    static final String TIMEOUT = "batch.timeout";
    public static final String INTERNAL = "internal.error";

    private ErrorRecords() {}

    public static XunluDocument unreadable(String name, InputFailure f, InputSettings settings) {
        SourceInfo src = new SourceInfo(name, f.id(), f.sha256(), settings.format().label(), settings.encoding(),
                null, settings.published() == null ? null : settings.published().toString(), null);
        return XunluDocument.error(Xunlu.ENGINE, src, new ErrorInfo(f.code(), f.getMessage()));
    }

    public static XunluDocument timeout(InputDoc in, long timeoutMillis) {
        return XunluDocument.error(Xunlu.ENGINE, source(in), new ErrorInfo(TIMEOUT,
                "extraction took longer than " + timeoutMillis + " ms (--timeout-ms); the document was abandoned"));
    }

    public static XunluDocument internal(InputDoc in, Throwable t) {
        String where = t.getStackTrace().length > 0 ? " at " + t.getStackTrace()[0] : "";
        return XunluDocument.error(Xunlu.ENGINE, source(in), new ErrorInfo(INTERNAL, t + where));
    }

    private static SourceInfo source(InputDoc in) {
        byte[] b = in.bytes() != null ? in.bytes() : in.text() == null ? new byte[0] : in.text().getBytes(StandardCharsets.UTF_8);
        return new SourceInfo(in.name(), in.id(), Ingest.sha256(b), in.format() == null ? "auto" : in.format().label(),
                in.encoding(), null, in.published() == null ? null : in.published().toString(), null);
    }
}
