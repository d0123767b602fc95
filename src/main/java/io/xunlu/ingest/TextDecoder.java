package io.xunlu.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text. Honors a byte order mark, then an explicit encoding, then tries strict UTF-8,
 * then the Chinese legacy encodings. Strict decoding: a file with invalid bytes is an error, never
 * silently filled with U+FFFD, so that an archivist learns which files are damaged.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    public record Decoded(String text, String encoding) {}

    private TextDecoder() {}

    public static Decoded decode(byte[] bytes, String encoding) throws IngestException {
        if (bytes.length == 0) throw new IngestException("ingest.empty", "the input is empty");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8");
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        if (encoding != null && !encoding.isBlank() && !encoding.equalsIgnoreCase("auto")) {
            Charset cs;
            try {
                cs = Charset.forName(encoding.trim());
            } catch (IllegalArgumentException e) {
                throw new IngestException("ingest.bad_encoding", "unknown encoding " + encoding);
            }
            return strict(bytes, 0, cs, cs.name());
        }
        if (looksBinary(bytes)) throw new IngestException("ingest.binary", "the input looks binary (NUL or control bytes)");
        try {
            return strict(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
        } catch (IngestException notUtf8) {
            Decoded gb = tryStrict(bytes, GB18030, "GB18030");
            Decoded big5 = tryStrict(bytes, BIG5, "Big5");
            if (gb != null && big5 != null) return cjkScore(gb.text()) >= cjkScore(big5.text()) ? gb : big5;
            if (gb != null) return gb;
            if (big5 != null) return big5;
            throw new IngestException("ingest.undecodable", "the bytes are neither UTF-8, GB18030 nor Big5");
        }
    }

    /** Share of common CJK ideographs: the right legacy decoding reads as ordinary Chinese. */
    private static double cjkScore(String s) {
        int cjk = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) cjk++;
        }
        return s.isEmpty() ? 0 : (double) cjk / s.length();
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) bad++;
        }
        return bad > n / 20;
    }

    private static Decoded tryStrict(byte[] bytes, Charset cs, String label) {
        try {
            return strict(bytes, 0, cs, label);
        } catch (IngestException e) {
            return null;
        }
    }

    private static Decoded strict(byte[] bytes, int offset, Charset cs, String label) throws IngestException {
        try {
            CharBuffer cb = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return new Decoded(cb.toString(), label);
        } catch (CharacterCodingException e) {
            throw new IngestException("ingest.undecodable", "invalid " + label + " bytes: " + e.getMessage());
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
