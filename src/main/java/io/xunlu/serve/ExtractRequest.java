package io.xunlu.serve;

import io.xunlu.ingest.Format;
import io.xunlu.ingest.InputDoc;
import java.time.LocalDate;

/**
 * One article as the API receives it, already decoded to text: a text/plain or text/html body
 * (with ?published=&name= from the query), or one JSON object {"text", "format", "published", "name", "id"}.
 */
public record ExtractRequest(String text, Format format, LocalDate published, String name, String id) {
    public InputDoc toInput() {
        return new InputDoc(name, null, text, id, published, format, null);
    }
}
