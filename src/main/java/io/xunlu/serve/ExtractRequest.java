package io.xunlu.serve;

import io.xunlu.ingest.Format;
import io.xunlu.ingest.InputDoc;
import java.time.LocalDate;

/**
 * One article as the API receives it, already decoded to text: a text/plain or text/html body
 * (with ?published=&name=&region= from the query), or one JSON object {"text", "format", "published",
 * "name", "id", "region"}; region is a GB/T 2260 code once read.
 */
public record ExtractRequest(String text, Format format, LocalDate published, String name, String id, String region) {
    public ExtractRequest(String text, Format format, LocalDate published, String name, String id) {
        this(text, format, published, name, id, null);
    }

    /** The input to extract; the server's --region where the request gives none. */
    public InputDoc toInput(String defaultRegion) {
        return new InputDoc(name, null, text, id, published, format, null, region != null ? region : defaultRegion);
    }
}
