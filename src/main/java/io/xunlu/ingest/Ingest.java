package io.xunlu.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Input to source text: decode the bytes, take the article out of HTML, check the limits. */
public final class Ingest {
    private final int maxChars;

    public Ingest(int maxChars) {
        this.maxChars = maxChars;
    }

    public Ingested read(InputDoc in) throws IngestException {
        byte[] bytes = in.bytes() != null ? in.bytes() : in.text() == null ? new byte[0] : in.text().getBytes(StandardCharsets.UTF_8);
        String sha = sha256(bytes);
        String text;
        String encoding;
        if (in.text() != null) {
            text = in.text();
            encoding = "UTF-8";
            if (text.isBlank()) throw new IngestException("ingest.empty", "the input text is empty");
        } else {
            TextDecoder.Decoded d = TextDecoder.decode(bytes, in.encoding());
            text = d.text();
            encoding = d.encoding();
        }
        if (text.codePointCount(0, text.length()) > maxChars) {
            throw new IngestException("ingest.too_large", "the input has more than " + maxChars + " characters");
        }
        Format format = in.format() == null || in.format() == Format.AUTO ? sniff(in.name(), text) : in.format();
        if (format == Format.HTML) text = HtmlArticleText.extract(text);
        if (text.isBlank()) throw new IngestException("ingest.empty", "the input has no text");
        return new Ingested(text, format, encoding, sha, format == Format.HTML);
    }

    static Format sniff(String name, String text) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return Format.HTML;
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) i++;
        String head = text.substring(i, Math.min(text.length(), i + 200)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head") || head.startsWith("<body")) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
