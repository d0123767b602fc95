package io.xunlu.spark;

import io.xunlu.json.Json;
import io.xunlu.json.XunluDocument;

/**
 * One finished input: its JSON line exactly as batch writes it, the
 * error code when it is an error record, and the source characters of a document (for the summary).
 */
record OutputLine(String json, String errorCode, long chars) {
    static OutputLine of(XunluDocument doc) {
        Integer chars = doc.failed() || doc.source() == null ? null : doc.source().chars();
        return new OutputLine(Json.compact(doc), doc.failed() ? doc.error().code() : null,
                chars == null ? 0 : chars);
    }
}
