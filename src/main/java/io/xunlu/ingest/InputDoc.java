package io.xunlu.ingest;

import java.time.LocalDate;

/**
 * One input as a user hands it over: raw bytes (a file, an HTTP body) or text (a jsonl line),
 * its name, an optional id kept as source.id, the publication date relative dates resolve against,
 * format/encoding overrides (null or "auto" to detect), and the region the paper speaks from as the
 * user gave it (a GB/T 2260 code or a division's name; null when not given).
 */
public record InputDoc(String name, byte[] bytes, String text, String id, LocalDate published,
                       Format format, String encoding, String region) {
    public InputDoc(String name, byte[] bytes, String text, String id, LocalDate published, Format format, String encoding) {
        this(name, bytes, text, id, published, format, encoding, null);
    }

    public static InputDoc ofBytes(String name, byte[] bytes, LocalDate published) {
        return new InputDoc(name, bytes, null, null, published, Format.AUTO, null);
    }

    public static InputDoc ofText(String name, String text, LocalDate published) {
        return new InputDoc(name, null, text, null, published, Format.AUTO, null);
    }

    public InputDoc withId(String newId) {
        return new InputDoc(name, bytes, text, newId, published, format, encoding, region);
    }

    public InputDoc withRegion(String newRegion) {
        return new InputDoc(name, bytes, text, id, published, format, encoding, newRegion);
    }
}
