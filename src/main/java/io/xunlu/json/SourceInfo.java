package io.xunlu.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What was read: its name, hash, format and encoding, its length in code points, the publication
 * date used to resolve relative dates, the jsonl id where there was one, and for HTML the text
 * extracted from the markup (the text all offsets point into).
 */
@JsonPropertyOrder({"name", "id", "sha256", "format", "encoding", "chars", "published", "text"})
public record SourceInfo(String name,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String id,
                         String sha256, String format, String encoding, Integer chars, String published,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String text) {}
