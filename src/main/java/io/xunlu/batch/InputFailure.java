package io.xunlu.batch;

/**
 * An input that could not even be handed to the engine (a file that cannot be read, a jsonl line
 * that is not a JSON object with a text): it becomes an error record with this code, and the run
 * goes on. The id and hash are kept where they are known, so the record can still be matched up.
 */
public final class InputFailure extends Exception {
    private final String code;
    private final String id;
    private final String sha256;

    public InputFailure(String code, String message, String id, String sha256) {
        super(message);
        this.code = code;
        this.id = id;
        this.sha256 = sha256;
    }

    public String code() { return code; }

    public String id() { return id; }

    public String sha256() { return sha256; }
}
