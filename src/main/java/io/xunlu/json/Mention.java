package io.xunlu.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.xunlu.text.Span;

/** One place in the source where an item is named. */
@JsonPropertyOrder({"text", "start", "end", "startUtf16", "endUtf16", "rule"})
public record Mention(String text, int start, int end, int startUtf16, int endUtf16, String rule) {
    public static Mention of(Span s, String rule) {
        return new Mention(s.text(), s.start(), s.end(), s.startUtf16(), s.endUtf16(), rule);
    }
}
