package io.xunlu.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.json.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process, killed with SIGKILL part-way through a few thousand inputs, then rerun with
 * --resume: every input appears exactly once, in input order.
 */
class BatchKillResumeTest {
    private static final int INPUTS = 3000;
    private static final String[] SURNAMES = {"林", "梅", "田", "周", "郑", "胡", "高", "罗"};
    private static final String[] GIVEN = {"立群", "晓东", "建平", "文华", "志强", "海燕", "国庆", "𠀋明"};

    @TempDir
    Path dir;

    @Test
    void killedRunResumesWithEveryInputExactlyOnce() throws Exception {
        Path in = dir.resolve("in.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            for (int i = 0; i < INPUTS; i++) {
                String name = SURNAMES[i % SURNAMES.length] + GIVEN[(i / 8) % GIVEN.length];
                String text = "本报讯 昨天,市委书记" + name + "主持召开第" + (i + 1) + "次专题会议,研究部署重点工作。"
                        + name + "强调,要抓好落实。";
                w.write(Json.compact(Map.of("id", "doc-" + i, "text", text)));
                w.write('\n');
            }
        }
        Path out = dir.resolve("out.jsonl");

        Process first = start(in, out, false);
        long seen = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (first.isAlive() && System.nanoTime() < deadline) {
            seen = Files.exists(out) ? Files.size(out) : 0;
            if (seen > 200_000) break; // a few hundred lines are written: time to pull the plug
            Thread.sleep(5);
        }
        boolean killedPartWay = first.isAlive();
        first.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush
        first.waitFor(10, TimeUnit.SECONDS);
        long linesAtKill = Files.readAllLines(out, StandardCharsets.UTF_8).size();
        assertTrue(killedPartWay && linesAtKill < INPUTS, "the first run must be killed part-way; it had written " + linesAtKill);

        // a kill may land between lines or within one; make sure a torn line is there to be repaired
        Files.writeString(out, "{\"schema\":\"xunlu/1\",\"source\":{\"na", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        Process second = start(in, out, true);
        assertTrue(second.waitFor(50, TimeUnit.SECONDS), "the resumed run finishes");
        assertEquals(0, second.exitValue(), "every input extracted");

        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            JsonNode doc = Json.MAPPER.readTree(line);
            ids.add(doc.path("source").path("id").asText());
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) expected.add("doc-" + i);
        assertEquals(expected, ids, "every input exactly once, in input order (killed after " + linesAtKill + " lines)");
    }

    private static Process start(Path in, Path out, boolean resume) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "io.xunlu.cli.Main", "batch", in.toString(), "-o", out.toString(),
                "--no-progress", "--threads", "2"));
        if (resume) cmd.add("--resume");
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

}
