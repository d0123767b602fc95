package io.xunlu.serve;

import java.util.Locale;

/**
 * The parts of a Content-Type header the API acts on: the bare type and the charset parameter.
 * A small scanner over the header, split on ';' and '=', no regular expression.
 */
public record MediaType(String type, String charset) {
    public static MediaType parse(String header) {
        if (header == null || header.isBlank()) return new MediaType("", null);
        String[] parts = header.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq < 0) continue;
            String key = parts[i].substring(0, eq).trim().toLowerCase(Locale.ROOT);
            if (!key.equals("charset")) continue;
            String value = parts[i].substring(eq + 1).trim();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            charset = value.isEmpty() ? null : value;
        }
        return new MediaType(type, charset);
    }

    public boolean is(String bare) { return type.equals(bare); }
}
