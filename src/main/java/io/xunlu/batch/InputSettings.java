package io.xunlu.batch;

import io.xunlu.ingest.Format;
import java.time.LocalDate;

/**
 * What every input of a run shares: the publication date relative dates resolve against (a jsonl
 * line's own "published" wins), the format and encoding overrides, and the byte limit above which
 * a file is not even read (a file of more than maxChars × 4 bytes has more than maxChars characters
 * in any encoding we read), and the region (--region) inputs speak from unless a jsonl line gives its own.
 */
public record InputSettings(LocalDate published, Format format, String encoding, long maxBytes, String region) {
    public InputSettings(LocalDate published, Format format, String encoding, long maxBytes) {
        this(published, format, encoding, maxBytes, null);
    }

    public static InputSettings forMaxChars(LocalDate published, Format format, String encoding, int maxChars) {
        return new InputSettings(published, format, encoding, 4L * maxChars);
    }

    /** The same settings with the region every input speaks from unless its own says otherwise (--region). */
    public InputSettings withRegion(String newRegion) {
        return new InputSettings(published, format, encoding, maxBytes, newRegion);
    }
}
