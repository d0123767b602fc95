package io.xunlu.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A reporter, correspondent or photographer credited for an item (记者, 通讯员, 摄影 …). */
@JsonPropertyOrder({"role", "name", "start", "end", "startUtf16", "endUtf16"})
public record Byline(String role, String name, int start, int end, int startUtf16, int endUtf16) {}
