package io.xunlu.serve;

import io.xunlu.json.ErrorInfo;

/** A request the API refuses: its HTTP status and the {"error": {"code", "message"}} it answers with. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() { return status; }

    public String code() { return code; }

    public ErrorInfo info() { return new ErrorInfo(code, getMessage()); }

    static ApiException badRequest(String code, String message) { return new ApiException(400, code, message); }
}
