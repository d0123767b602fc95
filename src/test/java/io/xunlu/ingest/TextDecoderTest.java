package io.xunlu.ingest;

import io.xunlu.ExampleRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every line of decoder/examples.tsv, then hostile inputs that must decode (or fail) in linear time. */
class TextDecoderTest {
    private static final String EXAMPLES = "/io/xunlu/ingest/decoder/examples.tsv";

    static Stream<Arguments> examples() throws IOException {
        return ExampleRows.read(EXAMPLES, 4);
    }

    @ParameterizedTest(name = "line {0}: {1} as {2} → {4}")
    @MethodSource("examples")
    void example(int line, String text, String write, String encoding, String expect) throws IngestException {
        byte[] bytes = bytes(text, write);
        if (expect.startsWith("error:")) {
            IngestException e = assertThrows(IngestException.class, () -> TextDecoder.decode(bytes, encoding));
            assertEquals(expect.substring("error:".length()), e.code(), e.getMessage());
            return;
        }
        TextDecoder.Decoded d = TextDecoder.decode(bytes, encoding);
        assertEquals(expect, d.encoding());
        if (!write.equals("hex")) assertEquals(text, d.text(), "the decoded text, surrogate pairs and full-width forms intact");
    }

    private static byte[] bytes(String text, String write) {
        return switch (write) {
            case "hex" -> HexFormat.of().parseHex(text);
            case "UTF-8" -> text.getBytes(StandardCharsets.UTF_8);
            case "UTF-8+BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case "UTF-16LE+BOM" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case "UTF-16BE+BOM" -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
            case "GB18030", "Big5" -> encodeStrict(text, Charset.forName(write));
            default -> throw new IllegalArgumentException("unknown write mode " + write);
        };
    }

    private static byte[] encodeStrict(String text, Charset cs) {
        if (!cs.newEncoder().canEncode(text)) fail(cs + " cannot encode the example: " + text);
        return text.getBytes(cs);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void hostileInputsFinish() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            String enumeration = "、".repeat(1_000_000);
            assertEquals("GB18030", TextDecoder.decode(enumeration.getBytes(Charset.forName("GB18030")), "auto").encoding());
            assertEquals("UTF-8", TextDecoder.decode(enumeration.getBytes(StandardCharsets.UTF_8), "auto").encoding());
            String digits = "1234567890".repeat(300_000);
            assertEquals("UTF-8", TextDecoder.decode(digits.getBytes(StandardCharsets.US_ASCII), "auto").encoding());
            String fullWidth = "１２３４５６７８９０".repeat(100_000);
            assertEquals(fullWidth, TextDecoder.decode(fullWidth.getBytes(Charset.forName("GB18030")), "auto").text());
            byte[] noise = new byte[3_000_000];
            new Random(7).nextBytes(noise);
            for (int i = 0; i < noise.length; i++) if (noise[i] == 0) noise[i] = (byte) 0xA1; // no NUL: not caught early as binary
            try {
                TextDecoder.decode(noise, "auto");
            } catch (IngestException expected) {
                // random bytes may be rejected; what matters is that the verdict comes in linear time
            }
            byte[] damaged = ("市委书记主持会议".repeat(200_000) + "\uFFFD").getBytes(StandardCharsets.UTF_8);
            damaged[damaged.length - 2] = (byte) 0xFF;
            assertEquals("ingest.undecodable",
                    assertThrows(IngestException.class, () -> TextDecoder.decode(damaged, "auto")).code());
        });
    }
}
