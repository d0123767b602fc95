package io.xunlu.spark;

import io.xunlu.batch.ContractLine;
import io.xunlu.json.Json;
import io.xunlu.json.XunluDocument;

/**
 * One finished input: its JSON line exactly as batch writes it (through batch's ContractLine), the
 * error code when it is an error record, and the source characters of a document (for the summary).
 */
record OutputLine(String json, String errorCode, long chars) {
    static OutputLine of(XunluDocument doc) {
        Integer chars = doc.isError() || doc.source() == null ? null : doc.source().chars();
        return new OutputLine(Json.compact(ContractLine.of(doc)), doc.isError() ? doc.error().code() : null,
                chars == null ? 0 : chars);
    }
}
