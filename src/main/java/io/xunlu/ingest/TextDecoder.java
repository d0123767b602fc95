package io.xunlu.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Bytes to text, strictly: a file with invalid bytes is an error ({@code ingest.undecodable}),
 * never silently filled with U+FFFD, so that an archivist learns which files are damaged.
 *
 * <p>Order of evidence: an empty input; a byte order mark (UTF-8, UTF-16); an explicit encoding;
 * binary content; valid UTF-8 (the strongest signal there is: legacy Chinese text almost never
 * is valid UTF-8 by accident); text that is UTF-8 apart from a few damaged bytes (an error, not a
 * reason to read it as GB18030 mojibake); then the statistical detector (juniversalchardet, the
 * Mozilla detector) choosing between GB18030 (which covers GB2312 and GBK) and Big5; without a
 * verdict, the legacy encoding whose decoding reads most like ordinary Chinese.
 *
 * <p>In auto mode only the encodings of the contract are accepted (UTF-8, UTF-16, GB18030, Big5):
 * a single-byte Western code page decodes any bytes at all, so guessing one would turn damaged
 * Chinese files into plausible garbage. Other encodings are read when named with --encoding.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    /** Bytes looked at for binary content and given to the detector; enough for a verdict on any page. */
    private static final int SNIFF_BYTES = 64 * 1024;

    public record Decoded(String text, String encoding) {}

    private TextDecoder() {}

    public static Decoded decode(byte[] bytes, String encoding) throws IngestException {
        if (bytes.length == 0) throw new IngestException("ingest.empty", "the input is empty");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8");
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        if (isExplicit(encoding)) {
            Charset cs = charset(encoding);
            return strict(bytes, 0, cs, label(cs));
        }
        if (looksBinary(bytes)) throw new IngestException("ingest.binary", "the input looks binary (NUL or control bytes, or a known binary signature)");
        Utf8Shape utf8 = Utf8Shape.of(bytes);
        if (utf8.invalid() == 0) return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8");
        if (utf8.mostlyUtf8()) {
            throw new IngestException("ingest.undecodable", "invalid UTF-8 bytes: " + utf8.invalid()
                    + " damaged byte(s), the first at byte offset " + utf8.firstInvalid());
        }
        String detected = detect(bytes);
        if ("GB18030".equals(detected)) return strictLegacy(bytes, GB18030);
        if ("BIG5".equals(detected)) return strictLegacy(bytes, BIG5);
        Decoded gb = tryStrict(bytes, GB18030, "GB18030");
        Decoded big5 = tryStrict(bytes, BIG5, "Big5");
        if (gb != null && big5 != null) return chineseScore(gb.text()) >= chineseScore(big5.text()) ? gb : big5;
        if (gb != null) return gb;
        if (big5 != null) return big5;
        Decoded hk = tryStrict(bytes, BIG5_HKSCS, "Big5-HKSCS");
        if (hk != null) return hk;
        throw new IngestException("ingest.undecodable", "the bytes are neither UTF-8, GB18030 nor Big5"
                + (detected == null ? "" : " (the detector suggests " + detected + ")"));
    }

    /** Whether an --encoding value names a charset (anything but empty or "auto"). */
    public static boolean isExplicit(String encoding) {
        return encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("auto");
    }

    /** The charset an --encoding value names; GBK and GB2312 are read as their superset GB18030. */
    public static Charset charset(String encoding) throws IngestException {
        String name = encoding.trim();
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("GBK") || upper.equals("GB2312") || upper.equals("CP936")) return GB18030;
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) { // unsupported or illegal charset name
            throw new IngestException("ingest.bad_encoding", "unknown encoding " + encoding);
        }
    }

    private static String label(Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) return "UTF-8";
        if (cs.equals(GB18030)) return "GB18030";
        if (cs.equals(BIG5)) return "Big5";
        return cs.name();
    }

    /** The detector's verdict on the first bytes, or null when it has none. */
    private static String detect(byte[] bytes) {
        UniversalDetector d = new UniversalDetector();
        d.handleData(bytes, 0, Math.min(bytes.length, SNIFF_BYTES));
        d.dataEnd();
        String cs = d.getDetectedCharset();
        return cs == null ? null : cs.toUpperCase(Locale.ROOT);
    }

    /** GB18030 or Big5 as the detector said; Big5 files from Hong Kong may use HKSCS additions. */
    private static Decoded strictLegacy(byte[] bytes, Charset cs) throws IngestException {
        if (cs.equals(BIG5)) {
            Decoded d = tryStrict(bytes, BIG5, "Big5");
            if (d != null) return d;
            return strict(bytes, 0, BIG5_HKSCS, "Big5-HKSCS");
        }
        return strict(bytes, 0, cs, label(cs));
    }

    /**
     * How ordinary a decoding reads: common ideographs count for it; private-use characters,
     * rare extension ideographs and stray symbols, the marks of a wrong legacy decoding, against it.
     */
    private static double chineseScore(String s) {
        int good = 0;
        int bad = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) good++;
            else if ((c >= 0xE000 && c <= 0xF8FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x2500 && c <= 0x25FF)) bad++;
        }
        return s.isEmpty() ? 0 : (good - 4.0 * bad) / s.length();
    }

    private static boolean looksBinary(byte[] b) {
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x1F, 0x8B) || startsWith(b, 0x25, 0x50, 0x44, 0x46)
                || startsWith(b, 0x89, 0x50, 0x4E, 0x47) || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
            return true; // zip, gzip, PDF, PNG, JPEG, GIF
        }
        int n = Math.min(b.length, SNIFF_BYTES);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) bad++;
        }
        return bad > n / 20;
    }

    /**
     * Well-formed UTF-8 multi-byte sequences against invalid bytes, in one linear pass. Text in a
     * legacy encoding has few well-formed sequences and many invalid bytes; damaged UTF-8 the reverse.
     */
    private record Utf8Shape(int multiByte, int invalid, int firstInvalid) {
        static Utf8Shape of(byte[] b) {
            int multi = 0;
            int invalid = 0;
            int first = -1;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
                if (len > 0 && wellFormed(b, i, len)) {
                    multi++;
                    i += len;
                } else {
                    if (first < 0) first = i;
                    invalid++;
                    i++;
                }
            }
            return new Utf8Shape(multi, invalid, first);
        }

        private static boolean wellFormed(byte[] b, int at, int len) {
            if (at + len > b.length) return false;
            int c0 = b[at] & 0xFF;
            int c1 = b[at + 1] & 0xFF;
            // the second byte's range excludes overlong forms and surrogates (RFC 3629)
            int lo = c0 == 0xE0 ? 0xA0 : c0 == 0xF0 ? 0x90 : 0x80;
            int hi = c0 == 0xED ? 0x9F : c0 == 0xF4 ? 0x8F : 0xBF;
            if (c1 < lo || c1 > hi) return false;
            for (int k = 2; k < len; k++) {
                int ck = b[at + k] & 0xFF;
                if (ck < 0x80 || ck > 0xBF) return false;
            }
            return true;
        }

        boolean mostlyUtf8() { return multiByte >= 3 && multiByte >= 3 * invalid; }
    }

    private static Decoded tryStrict(byte[] bytes, Charset cs, String label) {
        try {
            return strict(bytes, 0, cs, label);
        } catch (IngestException e) {
            return null;
        }
    }

    private static Decoded strict(byte[] bytes, int offset, Charset cs, String label) throws IngestException {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer cb = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in);
            return new Decoded(cb.toString(), label);
        } catch (CharacterCodingException e) {
            throw new IngestException("ingest.undecodable", "invalid " + label + " bytes near byte offset "
                    + firstError(bytes, offset, cs));
        }
    }

    /** Where decoding first fails, for a message an archivist can act on. */
    private static int firstError(byte[] bytes, int offset, Charset cs) {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        var dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) return in.position();
            if (r.isUnderflow()) return in.position();
            out.clear();
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
