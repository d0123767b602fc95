package io.xunlu.spark;

import io.xunlu.batch.InputFailure;
import io.xunlu.ingest.Format;
import io.xunlu.ingest.InputDoc;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One input as read on the executor that opened its unit, in a form Spark can shuffle to the
 * executor that extracts it: the engine's InputDoc, or why it could not be read (what batch
 * turns into an error record before the engine sees it).
 */
sealed interface LoadedInput extends Serializable {
    static LoadedInput of(InputDoc d) {
        return new Doc(d.name(), d.bytes(), d.text(), d.id(), d.published(), d.format(), d.encoding());
    }

    static LoadedInput failed(String name, InputFailure f) {
        return new Failed(name, f.code(), f.getMessage(), f.id(), f.sha256());
    }

    /** InputDoc's fields; InputDoc itself is not Serializable. */
    record Doc(String name, byte[] bytes, String text, String id, LocalDate published, Format format,
               String encoding) implements LoadedInput {
        InputDoc toInputDoc() { return new InputDoc(name, bytes, text, id, published, format, encoding); }
    }

    /** InputFailure's fields, and the input's name. */
    record Failed(String name, String code, String message, String id, String sha256) implements LoadedInput {
        InputFailure toFailure() { return new InputFailure(code, message, id, sha256); }
    }
}
