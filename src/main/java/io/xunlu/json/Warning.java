package io.xunlu.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Something the engine repaired or doubted, with where it happened (code point offsets). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Warning(String code, String message, Integer start, Integer end) {}
