package io.xunlu.serve;

import io.xunlu.ingest.InputDoc;
import io.xunlu.json.XunluDocument;

/**
 * What the server needs of the engine: one input, one document, safe to call from many threads.
 * {@code Xunlu::extract} in production; tests pass slow or failing ones to drive the limits.
 */
@FunctionalInterface
public interface DocumentExtractor {
    XunluDocument extract(InputDoc in);
}
