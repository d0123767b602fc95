package io.xunlu.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xunlu.SchemaCheck;
import io.xunlu.SpanInvariants;
import io.xunlu.Xunlu;
import io.xunlu.ingest.IngestException;
import io.xunlu.ingest.InputDoc;
import io.xunlu.ingest.TextDecoder;
import io.xunlu.json.Json;
import io.xunlu.json.XunluDocument;
import java.util.Set;

/**
 * The properties of one pipeline run on any input: a document or an error record with a
 * documented code (never an exception), valid against the JSON Schema, every span inside the
 * source with its text equal to the source in both offset systems, and the same JSON when the
 * same input is run again.
 */
final class DocumentCheck {
    /** The error codes of the contract an input can earn in a single extraction (not batch.*). */
    static final Set<String> INPUT_ERRORS = Set.of("ingest.empty", "ingest.binary", "ingest.undecodable",
            "ingest.too_large", "ingest.bad_encoding");

    private DocumentCheck() {}

    /** Runs the input twice through the engine, checks everything, and returns the document. */
    static XunluDocument extractAndCheck(Xunlu engine, InputDoc in) {
        XunluDocument doc = engine.extract(in);
        String json = Json.compact(doc);
        if (doc.failed()) {
            assertTrue(INPUT_ERRORS.contains(doc.error().code()), () -> "undocumented error: " + json);
        }
        SchemaCheck.assertValid(doc);
        if (!doc.failed()) SpanInvariants.assertSpansHold(sourceText(in), doc);
        assertEquals(json, Json.compact(engine.extract(in)), "the same input gave different output");
        return doc;
    }

    /** The text the engine read: the given text, or the bytes decoded as the engine decodes them. */
    private static String sourceText(InputDoc in) {
        if (in.text() != null) return in.text();
        try {
            return TextDecoder.decode(in.bytes(), in.encoding()).text();
        } catch (IngestException e) {
            throw new AssertionError("the engine read bytes its decoder refuses: " + e.getMessage(), e);
        }
    }
}
