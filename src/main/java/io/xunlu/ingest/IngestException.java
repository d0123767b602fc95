package io.xunlu.ingest;

/**
 * An input that cannot become text: its code (ingest.empty, ingest.binary, ingest.undecodable,
 * ingest.too_large …) goes into the error record, so a batch run records it and goes on.
 */
public final class IngestException extends Exception {
    private final String code;

    public IngestException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() { return code; }
}
