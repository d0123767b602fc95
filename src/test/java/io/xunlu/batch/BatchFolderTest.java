package io.xunlu.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.hankcs.hanlp.HanLP;
import io.xunlu.Xunlu;
import io.xunlu.ingest.Format;
import io.xunlu.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch over a folder holding every kind of input an archive has: one line per input, in input
 * order, the right error codes, and the same officials for the same article in every encoding.
 */
class BatchFolderTest {
    /** A short article of our own; 𠀋 (U+2000B) is outside GB2312 and outside the BMP. */
    static final String ARTICLE = "本报讯(记者 林晓)昨天上午,市委书记周𠀋明主持召开全市安全生产工作会议。"
            + "市委副书记、市长梅立群出席会议并讲话。\n周𠀋明强调,要压实安全责任,守牢底线。梅立群要求,各地各部门要加强隐患排查。\n";
    /** The same kind of article in Traditional characters, for Big5. */
    static final String TRADITIONAL = "本報訊(記者 林曉)昨天上午,市委書記田立明主持召開全市安全生產工作會議。"
            + "市委副書記、市長梅立群出席會議並講話。\n田立明強調,要壓實安全責任,守牢底線。梅立群要求,各地各部門要加強隱患排查。\n";
    static final Map<String, List<String>> OFFICIALS = Map.of(
            "周𠀋明", List.of("市委书记"), "梅立群", List.of("市委副书记", "市长"));
    static final Map<String, List<String>> TRADITIONAL_OFFICIALS = Map.of(
            "田立明", List.of("市委书记"), "梅立群", List.of("市委副书记", "市长"));

    @TempDir
    static Path dir;
    static List<JsonNode> lines;
    static BatchSummary summary;

    @BeforeAll
    static void runBatch() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Charset gb = Charset.forName("GB18030");
        Files.write(in.resolve("01-utf8.txt"), ARTICLE.getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("02-utf8-bom.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ARTICLE.getBytes(StandardCharsets.UTF_8)));
        Files.write(in.resolve("03-gb18030.txt"), ARTICLE.getBytes(gb));
        Files.write(in.resolve("04-big5.txt"), TRADITIONAL.getBytes(Charset.forName("Big5")));
        Files.write(in.resolve("05-traditional-utf8.txt"), TRADITIONAL.getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("06-utf16le.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARTICLE.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(in.resolve("07-page.html"), html(ARTICLE).getBytes(StandardCharsets.UTF_8));
        try (OutputStream os = Files.newOutputStream(in.resolve("08-archive.zip")); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("b/one.txt"));
            zip.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("a/two.txt"));
            zip.write(ARTICLE.getBytes(gb));
            zip.closeEntry();
        }
        Files.writeString(in.resolve("09-lines.jsonl"),
                Json.compact(Map.of("id", "first", "text", ARTICLE)) + "\n"
                        + "{\"id\": \"broken\", \"text\": \n"
                        + "\n"
                        + Json.compact(Map.of("id", "third", "text", ARTICLE, "published", "2024-03-05")) + "\r\n",
                StandardCharsets.UTF_8);
        Files.write(in.resolve("10-empty.txt"), new byte[0]);
        Files.write(in.resolve("11-binary.bin"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0});
        byte[] damaged = ARTICLE.getBytes(StandardCharsets.UTF_8);
        damaged[40] = (byte) 0xFF;
        Files.write(in.resolve("12-invalid.txt"), damaged);
        Files.createDirectories(in.resolve("13-sub/deeper"));
        Files.write(in.resolve("13-sub/deeper/z.txt"), ARTICLE.getBytes(gb));
        Files.write(in.resolve("13-sub/a.txt"), ARTICLE.getBytes(StandardCharsets.UTF_8));

        Path out = dir.resolve("out.jsonl");
        InputSettings settings = InputSettings.forMaxChars(null, Format.AUTO, "auto", Xunlu.DEFAULT_MAX_CHARS);
        BatchRunner runner = new BatchRunner(Xunlu.standard(), new BatchRunner.Settings(2, 60_000, 16, false, settings));
        summary = runner.run(List.of(in), out, done -> BatchProgress.NONE);
        lines = new ArrayList<>();
        for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) lines.add(Json.MAPPER.readTree(l));
    }

    static String html(String article) {
        String[] paras = article.split("\n");
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>安全生产会议_新闻中心</title>"
                + "<script>var tracker = '市长张某某';</script></head><body><div class=\"nav\"><a href=\"/\">首页</a> <a>要闻</a></div>"
                + "<div class=\"article\"><h1>全市安全生产工作会议召开</h1>");
        for (String p : paras) sb.append("<p>").append(p).append("</p>");
        sb.append("</div><div class=\"share\">分享到微信</div><div class=\"footer\">版权所有</div></body></html>");
        return sb.toString();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void oneLinePerInputInInputOrder() {
        List<String> names = lines.stream().map(l -> l.path("source").path("name").asText()).toList();
        String in = dir.resolve("in").toString();
        List<String> expected = List.of("01-utf8.txt", "02-utf8-bom.txt", "03-gb18030.txt", "04-big5.txt",
                "05-traditional-utf8.txt", "06-utf16le.txt", "07-page.html", "08-archive.zip!/b/one.txt",
                "08-archive.zip!/a/two.txt", "09-lines.jsonl:1", "09-lines.jsonl:2", "09-lines.jsonl:4", "10-empty.txt",
                "11-binary.bin", "12-invalid.txt", "13-sub/a.txt", "13-sub/deeper/z.txt");
        String prefix = in + dir.getFileSystem().getSeparator();
        assertEquals(expected.stream().map(n -> prefix + n).toList(), names);
        assertEquals(expected.size(), summary.inputs());
    }

    @Test
    void errorRecordsCarryTheRightCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (JsonNode l : lines) {
            String name = Path.of(l.path("source").path("name").asText().replace("!/", "_")).getFileName().toString();
            codes.put(name, l.has("error") ? l.path("error").path("code").asText() : "ok");
            if (l.has("error")) {
                assertTrue(l.path("error").path("message").isTextual());
                assertEquals("xunlu/1", l.path("schema").asText());
                assertTrue(!l.has("articles"), "an error record has no articles");
            }
        }
        assertEquals("input.bad_line", codes.get("09-lines.jsonl:2"));
        assertEquals("ingest.empty", codes.get("10-empty.txt"));
        assertEquals("ingest.binary", codes.get("11-binary.bin"));
        assertEquals("ingest.undecodable", codes.get("12-invalid.txt"));
        assertEquals(4, summary.errors(), codes.toString());
        assertEquals(1, summary.exitCode());
        assertEquals(List.of("UTF-8", "UTF-8", "GB18030", "Big5", "UTF-8", "UTF-16LE", "UTF-8"),
                lines.subList(0, 7).stream().map(l -> l.path("source").path("encoding").asText()).toList());
        assertEquals("html", lines.get(6).path("source").path("format").asText());
    }

    @Test
    void sameOfficialsInEveryEncoding() {
        for (JsonNode l : lines) {
            if (l.has("error")) continue;
            String name = l.path("source").path("name").asText();
            boolean traditional = name.contains("big5") || name.contains("traditional");
            Map<String, List<String>> got = officials(l, traditional);
            assertEquals(traditional ? TRADITIONAL_OFFICIALS : OFFICIALS, got, name);
        }
    }

    @Test
    void jsonlIdsAndDatesAreKept() {
        JsonNode first = lines.get(9);
        JsonNode third = lines.get(11);
        assertEquals("first", first.path("source").path("id").asText());
        assertEquals("third", third.path("source").path("id").asText());
        assertEquals("2024-03-05", third.path("source").path("published").asText());
        assertTrue(first.path("source").path("published").isNull());
    }

    @Test
    void offsetsCountCodePointsAndUtf16UnitsAcrossTheSupplementaryCharacter() {
        JsonNode official = lines.get(0).path("articles").get(0).path("officials").get(0);
        assertEquals("周𠀋明", official.path("name").asText());
        JsonNode mentions = official.path("mentions");
        JsonNode later = mentions.get(mentions.size() - 1);
        // one 𠀋 before the later mention and one inside it: UTF-16 offsets run ahead by one, then two
        assertEquals(later.path("start").asInt() + 1, later.path("startUtf16").asInt());
        assertEquals(later.path("end").asInt() + 2, later.path("endUtf16").asInt());
        String text = new String(ARTICLE.codePoints().skip(later.path("start").asInt())
                .limit(later.path("end").asInt() - later.path("start").asInt()).toArray(), 0,
                later.path("end").asInt() - later.path("start").asInt());
        assertEquals("周𠀋明", text);
        assertNull(lines.get(0).get("error"));
    }

    private static Map<String, List<String>> officials(JsonNode doc, boolean fold) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (JsonNode a : doc.path("articles")) {
            for (JsonNode o : a.path("officials")) {
                List<String> titles = new ArrayList<>();
                for (JsonNode t : o.path("titles")) titles.add(fold ? HanLP.convertToSimplifiedChinese(t.asText()) : t.asText());
                String name = o.path("name").asText();
                out.put(fold ? HanLP.convertToSimplifiedChinese(name) : name, titles);
            }
        }
        return out;
    }
}
