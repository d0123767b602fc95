package io.xunlu.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A date, time or period expression; value is an ISO date or interval when it can be resolved. */
@JsonPropertyOrder({"text", "kind", "value", "start", "end", "startUtf16", "endUtf16", "rule"})
public record DateItem(String text, String kind, String value,
                       int start, int end, int startUtf16, int endUtf16, String rule) {}
