package io.xunlu.bench;

import io.xunlu.json.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounded memory, shown: N generated short articles in one .jsonl, batch in a child JVM capped at
 * -Xmx512m, then the output line count and the child's own peak-heap figure (from its summary).
 */
public final class BatchHeapProbe {
    private static final Pattern PEAK = Pattern.compile("peak heap (\\d+) MiB");
    private static final String[] SURNAMES = {"林", "梅", "田", "周", "郑", "胡", "高", "罗", "谢", "韩"};
    private static final String[] GIVEN = {"立群", "晓东", "建平", "文华", "志强", "海燕", "国庆", "卫民", "春生", "秀英"};
    private static final String[] POSTS = {"市委书记", "市长", "副市长", "区委书记", "县长"};

    public record Result(long inputs, int exitCode, long outputLines, double seconds, long childPeakHeapMib, String summary) {}

    private BatchHeapProbe() {}

    public static Result run(long inputs, int threads, Path workDir) throws IOException, InterruptedException {
        Path in = workDir.resolve("bench-heap-in.jsonl");
        Path out = workDir.resolve("bench-heap-out.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            for (long i = 0; i < inputs; i++) {
                w.write(Json.compact(Map.of("id", "gen-" + i, "text", article(i), "published", "2024-05-20")));
                w.write('\n');
            }
        }
        ChildJvm.Outcome o = ChildJvm.run(withHeapCap(),
                List.of("batch", in.toString(), "-o", out.toString(), "--no-progress", "--threads", String.valueOf(threads)));
        long lines = countLines(out);
        String summary = o.stderr().strip();
        Matcher m = PEAK.matcher(summary);
        long peak = -1;
        while (m.find()) peak = Long.parseLong(m.group(1));
        Files.deleteIfExists(in);
        Files.deleteIfExists(out);
        return new Result(inputs, o.exitCode(), lines, o.exitSeconds(), peak, summary);
    }

    /** A short generated article: varied names, posts and figures, a few sentences. */
    static String article(long i) {
        String name = SURNAMES[(int) (i % SURNAMES.length)] + GIVEN[(int) ((i / 10) % GIVEN.length)];
        String post = POSTS[(int) ((i / 100) % POSTS.length)];
        return "本报讯 昨天上午," + post + name + "主持召开第" + (i % 97 + 1) + "次工作推进会,听取" + (i % 12 + 1)
                + "个重点项目进展情况汇报。\n" + name + "强调,要加快项目建设,全年完成投资" + (i % 50 + 10) + "亿元。"
                + "会议要求,各部门要压实责任,确保按期竣工。\n";
    }

    private static long countLines(Path file) throws IOException {
        if (!Files.exists(file)) return 0;
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while ((r = in.read(buf)) > 0) for (int i = 0; i < r; i++) if (buf[i] == '\n') n++;
        }
        return n;
    }

    /** The launcher's batch flags, capped at the 512 MB. */
    private static List<String> withHeapCap() {
        List<String> flags = new java.util.ArrayList<>(StartupProbe.LAUNCHER_BATCH_FLAGS);
        flags.add("-Xmx512m");
        return flags;
    }
}
