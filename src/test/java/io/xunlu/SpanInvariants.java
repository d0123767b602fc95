package io.xunlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.json.Json;

/**
 * The contract's promise on offsets, checked on a whole document: every object with start/end is
 * inside the source, its UTF-16 offsets agree with its code point offsets, and its text is the
 * source at those offsets.
 */
public final class SpanInvariants {
    private SpanInvariants() {}

    public static void assertSpansHold(String source, Object document) {
        JsonNode root = document instanceof JsonNode n ? n : Json.MAPPER.valueToTree(document);
        if (root.has("error")) return;
        String text = root.path("source").has("text") ? root.path("source").path("text").asText() : source;
        walk(text, root.path("articles"));
    }

    private static void walk(String text, JsonNode node) {
        if (node.isArray()) {
            for (JsonNode n : node) walk(text, n);
            return;
        }
        if (!node.isObject()) return;
        if (node.has("startUtf16") && node.has("endUtf16")) {
            int s = node.get("startUtf16").asInt();
            int e = node.get("endUtf16").asInt();
            assertTrue(0 <= s && s <= e && e <= text.length(), () -> "span outside the text: " + node);
            assertEquals(text.codePointCount(0, s), node.get("start").asInt(), () -> "code point start: " + node);
            assertEquals(text.codePointCount(0, e), node.get("end").asInt(), () -> "code point end: " + node);
            if (node.has("text") && !node.has("kind") || node.has("text") && node.has("value")) {
                assertEquals(text.substring(s, e), node.get("text").asText(), () -> "span text: " + node);
            }
        }
        node.fields().forEachRemaining(f -> walk(text, f.getValue()));
    }
}
