package io.xunlu.serve;

import io.xunlu.json.ErrorInfo;

/** The body of every refused request: {"error": {"code": "…", "message": "…"}}. */
public record ErrorResponse(ErrorInfo error) {
    public static ErrorResponse of(String code, String message) {
        return new ErrorResponse(new ErrorInfo(code, message));
    }
}
