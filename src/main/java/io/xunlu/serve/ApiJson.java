package io.xunlu.serve;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xunlu.json.ErrorInfo;
import io.xunlu.json.Json;
import io.xunlu.json.XunluDocument;

/**
 * The API's JSON writer: the contract's mapper, plus one guard. XunluDocument marks its
 * isError() convenience @JsonIgnore, and Jackson then drops the whole "error" property, so an
 * error document would lose its {"code", "message"}; the mix-in names error() explicitly, which
 * keeps the property and still ignores the boolean.
 */
final class ApiJson {
    static final ObjectMapper MAPPER = Json.MAPPER.copy().addMixIn(XunluDocument.class, KeepError.class);

    private ApiJson() {}

    private abstract static class KeepError {
        @JsonProperty("error")
        abstract ErrorInfo error();
    }
}
