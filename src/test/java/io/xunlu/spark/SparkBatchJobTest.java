package io.xunlu.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.Xunlu;
import io.xunlu.batch.BatchProgress;
import io.xunlu.batch.BatchRunner;
import io.xunlu.batch.BatchSummary;
import io.xunlu.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on local[2] gives exactly batch's records on the same inputs: corpus/ and a folder
 * of every kind of input an archive has. Batch runs in-process as the reference; the records are
 * compared as sets of JSON documents (and, since the part files keep input order, as lists too).
 * Tagged "spark" so that a quick local run can leave it out (-DexcludedGroups=spark); mvn verify
 * and CI run it.
 */
@Tag("spark")
class SparkBatchJobTest {
    /** An article of our own; 𠀋 (U+2000B) is outside the BMP and outside GB2312; full-width digits and commas. */
    static final String ARTICLE = "本报讯(记者 方晴)１２日上午，县委书记陈𠀋林主持召开全县防汛工作会议。"
            + "县委副书记、县长柯远航出席会议并讲话。\n会议指出，今年以来全县投入资金３．５亿元，完成堤防加固12处。\n";
    static final String OTHER = "本报讯 9月3日,市政府召开常务会议,市长罗启明主持会议,研究部署秋冬季安全生产工作。\n";

    @TempDir
    static Path dir;
    static JavaSparkContext sc;
    static Path mixed;

    @BeforeAll
    static void start() throws IOException {
        mixed = mixedInputs(Files.createDirectories(dir.resolve("mixed")));
        Files.createSymbolicLink(mixed.resolve("13-loop"), mixed); // batch does not follow links to folders
        sc = LocalSpark.start();
    }

    @AfterAll
    static void stop() {
        if (sc != null) sc.close();
    }

    @Test
    void recordsEqualBatchOnCorpusAndMixedInputs() throws IOException {
        List<String> args = List.of("corpus", mixed.toString());
        JobSettings settings = JobSettings.defaults().withPartitions(3);
        List<JsonNode> expected = batch(args, settings, dir.resolve("batch.jsonl"));

        SparkBatchSummary summary = SparkBatchJob.run(sc, args, dir.resolve("spark-out").toString(), settings);
        List<JsonNode> actual = partFiles(dir.resolve("spark-out"));

        assertEquals(expected.size(), actual.size(), "one line per input");
        assertEquals(new HashSet<>(expected), new HashSet<>(actual), "the same records as batch");
        assertEquals(names(expected), names(actual), "part files in name order keep batch's input order");
        assertEquals(expected.size(), summary.inputs());
        assertEquals(3, summary.partitions());
        long errors = expected.stream().filter(l -> l.has("error")).count();
        assertEquals(errors, summary.errors());
        assertTrue(expected.size() > 100, "corpus and the mixed folder: " + expected.size());
        assertTrue(actual.stream().anyMatch(l -> !l.has("error")
                && l.path("source").path("name").asText().endsWith("04-archive.zip!/稿件/一𠀋.txt")), "zip entries are read");
        assertTrue(actual.stream().anyMatch(l -> l.path("source").path("id").asText().equals("7")), "jsonl ids are kept");
        assertTrue(summary.errorsByCode().keySet().containsAll(
                List.of("ingest.binary", "ingest.empty", "ingest.undecodable", "input.bad_line")), summary.line());
    }

    @Test
    void rerunsReplaceTheOutputWhole() throws IOException {
        // --max-chars and --published reach the executors; a second run over the same path replaces the first
        JobSettings small = new JobSettings(LocalDate.of(2024, 6, 1), null, "auto", 120, 60_000, 2);
        List<String> args = List.of(mixed.toString());
        List<JsonNode> expected = batch(args, small, dir.resolve("batch-small.jsonl"));
        Path out = dir.resolve("rerun").resolve("out");

        SparkBatchJob.run(sc, List.of("corpus"), out.toString(), JobSettings.defaults().withPartitions(2));
        SparkBatchJob.run(sc, args, out.toString(), small);
        List<JsonNode> first = partFiles(out);
        SparkBatchJob.run(sc, args, out.toString(), small.withPartitions(1));
        List<JsonNode> second = partFiles(out);

        assertEquals(new HashSet<>(expected), new HashSet<>(first));
        assertEquals(expected, second, "one partition: batch's lines in batch's order");
        assertTrue(first.stream().anyMatch(l -> l.path("error").path("code").asText().equals("ingest.too_large")));
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            assertEquals(List.of(out), siblings.toList(), "no temporary folder left beside the output");
        }
    }

    @Test
    void recordsEqualBatchThroughAnotherFileSystem() throws IOException {
        // a folder like the mixed one (without the link loop: Hadoop's raw local file system follows
        // links, so under another scheme it would loop, where HDFS and object stores have no links),
        // as elsewhere:/…: Hadoop lists it, and each zip is copied to local disk before it is opened
        String local = mixedInputs(Files.createDirectories(dir.resolve("remote"))).toAbsolutePath().toString();
        String remote = ElsewhereFileSystem.SCHEME + ":" + local;
        List<JsonNode> expected = batch(List.of(local), JobSettings.defaults(), dir.resolve("batch-mixed.jsonl"));

        SparkBatchJob.run(sc, List.of(remote), remote + "-out", JobSettings.defaults().withPartitions(4));
        List<JsonNode> actual = new ArrayList<>();
        for (JsonNode l : partFiles(Path.of(local + "-out"))) {
            String name = l.path("source").path("name").asText();
            assertTrue(name.startsWith(remote + "/"), name);
            // the one difference: the scheme the input was named with
            actual.add(Json.MAPPER.readTree(l.toString().replace(remote, local)));
        }
        assertEquals(new HashSet<>(expected), new HashSet<>(actual));
        assertEquals(names(expected), names(actual));
    }

    @Test
    void anEmptyFolderGivesAnEmptyOutput() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("nothing-here"));
        SparkBatchSummary summary = SparkBatchJob.run(sc, List.of(empty.toString()), dir.resolve("empty-out").toString(),
                JobSettings.defaults());
        assertEquals(0, summary.inputs());
        assertEquals(List.of(), partFiles(dir.resolve("empty-out")), "batch writes an empty file here");
    }

    /** The reference: batch's own runner, in-process, with the same settings. */
    static List<JsonNode> batch(List<String> args, JobSettings settings, Path out) throws IOException {
        Xunlu engine = settings.maxChars() == Xunlu.DEFAULT_MAX_CHARS ? Xunlu.standard() : Xunlu.withMaxChars(settings.maxChars());
        BatchRunner runner = new BatchRunner(engine, new BatchRunner.Settings(2, settings.timeoutMillis(),
                BatchRunner.Settings.defaultWindow(2), false, settings.inputSettings()));
        BatchSummary summary = runner.run(args.stream().map(Path::of).toList(), out, done -> BatchProgress.NONE);
        assertEquals(summary.inputs(), Files.readAllLines(out, StandardCharsets.UTF_8).size());
        return readLines(List.of(out));
    }

    static List<JsonNode> partFiles(Path folder) throws IOException {
        assertTrue(Files.exists(folder.resolve("_SUCCESS")), "a committed Spark output");
        List<Path> parts;
        try (Stream<Path> s = Files.list(folder)) {
            parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        assertFalse(parts.isEmpty());
        return readLines(parts);
    }

    static List<JsonNode> readLines(List<Path> files) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (Path f : files) {
            for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) lines.add(Json.MAPPER.readTree(l));
        }
        return lines;
    }

    static List<String> names(List<JsonNode> lines) {
        return lines.stream().map(l -> l.path("source").path("name").asText()).toList();
    }

    /** Every kind of input an archive has, including the ones that must become error records. */
    static Path mixedInputs(Path in) throws IOException {
        Charset gb = Charset.forName("GB18030");
        Files.write(in.resolve("01-utf8.txt"), ARTICLE.getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("02-gb18030.txt"), ARTICLE.getBytes(gb));
        Files.writeString(in.resolve("03-page.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>防汛会议</title>"
                + "<script>var x = '县长';</script></head><body><div class=\"nav\">首页</div><div class=\"article\">"
                + "<h1>全县防汛工作会议召开</h1><p>" + ARTICLE.replace("\n", "</p><p>") + "</p></div></body></html>");
        try (OutputStream os = Files.newOutputStream(in.resolve("04-archive.zip")); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("稿件/二.txt"));
            zip.write(OTHER.getBytes(gb));
            zip.putNextEntry(new ZipEntry("稿件/一𠀋.txt"));
            zip.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("空/"));
            zip.closeEntry();
        }
        // entry names in GBK without the UTF-8 flag, as Chinese Windows tools write them (batch gives
        // input.unreadable for this archive on JDK 17.0.15: ZipFile's UTF-8 constructor rejects the
        // names before ZipSource can fall back to GB18030; the job must say the same)
        try (OutputStream os = Files.newOutputStream(in.resolve("04-gbk-names.zip")); ZipOutputStream zip = new ZipOutputStream(os, Charset.forName("GBK"))) {
            zip.putNextEntry(new ZipEntry("稿件/三.txt"));
            zip.write(OTHER.getBytes(gb));
            zip.closeEntry();
        }
        Files.writeString(in.resolve("05-lines.jsonl"),
                Json.compact(Map.of("id", "a-1", "text", ARTICLE)) + "\n"
                        + "{\"id\": \"broken\", \"text\": \n"
                        + "\n"
                        + Json.compact(Map.of("id", 7, "text", OTHER, "published", "2023-09-04")) + "\r\n"
                        + "[\"not\", \"an\", \"object\"]\n"
                        + Json.compact(Map.of("text", OTHER, "published", "09/04/2023")) + "\n"
                        + Json.compact(Map.of("id", "long", "text", OTHER.repeat(3))),
                StandardCharsets.UTF_8);
        Files.write(in.resolve("06-empty.txt"), new byte[0]);
        Files.write(in.resolve("07-binary.bin"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0});
        byte[] damaged = ARTICLE.getBytes(StandardCharsets.UTF_8);
        damaged[30] = (byte) 0xFF;
        Files.write(in.resolve("08-damaged.txt"), damaged);
        Files.createDirectories(in.resolve("09-sub/深"));
        Files.write(in.resolve("09-sub/深/ｚ全角.txt"), OTHER.getBytes(gb));
        Files.write(in.resolve("09-sub/a.txt"), OTHER.getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("10-utf16.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, OTHER.getBytes(StandardCharsets.UTF_16LE)));
        Files.writeString(in.resolve("11-long.txt"), ARTICLE.repeat(4));
        return in;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
