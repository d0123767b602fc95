package io.xunlu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The hostile cases as files, each with the outcome Xunlu owes it: a document (the run survives it
 * in time) or a named error record. {@code ./xunlu batch DIR -o out.jsonl} over the folder gives one
 * line per case and exits 1, since some cases are errors.
 *
 * <p>Write the folder: {@code java -cp target/xunlu.jar io.xunlu.bench.HostileBenchCases DIR}.
 */
public final class HostileBenchCases {
    /** One file: its name, its bytes, and the error code it must give (null: a document). */
    public record Case(String fileName, byte[] bytes, String expectedError) {}

    private HostileBenchCases() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: HostileBenchCases DIR");
            System.exit(2);
        }
        List<Case> cases = write(Path.of(args[0]));
        System.out.println(cases.size() + " hostile cases written to " + args[0]);
    }

    /** Writes every case into dir (created if needed) and returns them in file-name order. */
    public static List<Case> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Case> cases = all();
        for (Case c : cases) Files.write(dir.resolve(c.fileName()), c.bytes());
        return cases;
    }

    /** The cases, sorted by file name (the order batch walks a folder in). */
    public static List<Case> all() {
        String tail = "\n";
        return List.of(
                new Case("01-digits-10mb.txt", ascii("9".repeat(10_000_000)), "ingest.too_large"),
                new Case("02-enumeration-commas-200k.txt", utf8("名单:" + "、".repeat(200_000) + "。" + tail), null),
                new Case("03-book-titles-nested-10k.txt", utf8("依据" + "《".repeat(10_000) + "条例" + "》".repeat(10_000) + "执行。" + tail), null),
                new Case("04-html-nested-100k.html", utf8("<html><body>" + "<div>".repeat(100_000) + "<p>副市长张伟出席开工仪式。</p>"
                        + "</div>".repeat(100_000) + "</body></html>"), null),
                new Case("05-newlines-1m.txt", ascii("\n".repeat(1_000_000)), "ingest.empty"),
                new Case("06-nul-bytes.txt", utf8("市长\u0000李明\u0000说,投资\u00003亿元。" + tail), "ingest.binary"),
                new Case("07-invalid-utf8.txt", invalidUtf8(), "ingest.undecodable"),
                new Case("08-lone-surrogates.jsonl", utf8("{\"id\":\"lone-surrogates\",\"text\":\"副市长张\\ud800伟说,投资\\udc005亿元。\\ud83d\"}\n"), null),
                new Case("09-lone-surrogate-utf16.txt", loneSurrogateUtf16(), "ingest.undecodable"),
                new Case("10-supplementary-names.txt", utf8("市长李\uD844\uDE3C主持会议,副市长王\uD840\uDC0B出席。县委书记\uD840\uDC0B\uD844\uDE3C讲话。" + tail), null),
                new Case("11-invisible-marks.txt", utf8("市长\u200F李\u200D明说,项目投资1\u200B2\u200D3亿元\u200E,带动就业\u20661\u20690\u200D00人。" + tail), null),
                new Case("12-digits-500.txt", utf8("投资" + "9".repeat(500) + "元,增长" + "1".repeat(500) + "%。" + tail), null),
                new Case("13-yi-chains.txt", utf8("1亿亿亿亿元," + "亿".repeat(10_000) + "元,三亿亿亿亿人。" + tail), null),
                new Case("14-empty.txt", new byte[0], "ingest.empty"),
                new Case("15-png-signature.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}, "ingest.binary"),
                new Case("16-bold-marks-only-lines.txt", utf8("**\n****\n* *\n正文一段。\n**" + tail), null));
    }

    private static byte[] ascii(String s) { return s.getBytes(StandardCharsets.US_ASCII); }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    /** UTF-8 news text with a few damaged bytes in it (a truncated sequence, a stray continuation byte). */
    private static byte[] invalidUtf8() {
        byte[] good = utf8("副市长张伟到新区调研,总投资12亿元的项目开工。".repeat(20));
        byte[] out = good.clone();
        out[30] = (byte) 0xFF;
        out[31] = (byte) 0x80;
        return out;
    }

    /** UTF-16LE with its byte order mark and an unpaired high surrogate. */
    private static byte[] loneSurrogateUtf16() {
        byte[] text = "副市长张伟".getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[2 + text.length + 4];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(text, 0, out, 2, text.length);
        out[2 + text.length] = 0x00;
        out[3 + text.length] = (byte) 0xD8; // U+D800 alone
        out[4 + text.length] = 0x41;
        out[5 + text.length] = 0x00;
        return out;
    }
}
