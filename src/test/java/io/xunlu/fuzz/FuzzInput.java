package io.xunlu.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * Fuzzer bytes to the text a target reads. Kept files stay readable: by default the bytes are
 * UTF-8 (damaged sequences become U+FFFD). A first byte 0x01 switches to raw UTF-16LE code units,
 * so the fuzzer can also reach what no decoder produces: lone surrogates, reversed pairs, NULs.
 */
final class FuzzInput {
    static final byte RAW_UTF16 = 0x01;

    private FuzzInput() {}

    static String text(byte[] bytes) {
        if (bytes.length > 0 && bytes[0] == RAW_UTF16) {
            char[] units = new char[(bytes.length - 1) / 2];
            for (int i = 0; i < units.length; i++) {
                units[i] = (char) ((bytes[1 + 2 * i] & 0xFF) | (bytes[2 + 2 * i] & 0xFF) << 8);
            }
            return new String(units);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The encoding of {@link #text(byte[])} that gives back exactly {@code text}, lone surrogates included. */
    static byte[] rawUtf16(String text) {
        byte[] out = new byte[1 + 2 * text.length()];
        out[0] = RAW_UTF16;
        for (int i = 0; i < text.length(); i++) {
            out[1 + 2 * i] = (byte) text.charAt(i);
            out[2 + 2 * i] = (byte) (text.charAt(i) >> 8);
        }
        return out;
    }
}
