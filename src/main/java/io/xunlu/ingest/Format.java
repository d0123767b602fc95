package io.xunlu.ingest;

import java.util.Locale;

/** How an input's bytes are to be read: plain text or HTML markup; AUTO decides by name and content. */
public enum Format {
    AUTO, TEXT, HTML;

    public static Format parse(String s) {
        return s == null ? AUTO : valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    public String label() { return name().toLowerCase(Locale.ROOT); }
}
