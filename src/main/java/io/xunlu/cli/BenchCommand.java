package io.xunlu.cli;

import io.xunlu.bench.BatchHeapProbe;
import io.xunlu.bench.BenchCorpus;
import io.xunlu.bench.HostileBench;
import io.xunlu.bench.HostileShape;
import io.xunlu.bench.PipelineBench;
import io.xunlu.bench.StartupProbe;
import io.xunlu.batch.HeapPeak;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./xunlu bench : throughput of bare HanLP vs our pipeline and its parts, start-up time, peak heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure, in one run on the same text: bare HanLP (names, places, organizations), the full pipeline",
                "and its parts, in chars/s on one thread and on all cores; JVM start to first result; peak heap.",
                "With --batch-heap N: batch over N generated jsonl inputs in a child JVM capped at -Xmx512m."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", description = "folders of .txt news pages (default: corpus/seed and the shared sample articles)")
    List<Path> corpus;

    @Option(names = "--chars", paramLabel = "N", description = "characters of text per measurement (default: ${DEFAULT-VALUE})")
    long chars = 2_000_000;

    @Option(names = "--warmup-chars", paramLabel = "N", description = "characters run before each measurement (default: ${DEFAULT-VALUE})")
    long warmupChars = 400_000;

    @Option(names = "--threads", paramLabel = "N", description = "threads for the all-cores figures (default: all cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", paramLabel = "N", description = "timed rounds per stage, the best kept (default: ${DEFAULT-VALUE})")
    int rounds = 2;

    @Option(names = "--no-startup", description = "skip the JVM start-to-first-result measurement")
    boolean noStartup;

    @Option(names = "--batch-heap", paramLabel = "N", description = "only run batch over N generated inputs with -Xmx512m and report its heap")
    long batchHeap;

    @Option(names = "--hostile", description = "only the hostile-input benchmark: each hostile shape at 1, 2, 4 and 8 million chars"
            + " through layout and extraction, time per doubling (exit 1 when one is over 2.3x)")
    boolean hostile;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (batchHeap > 0) return batchHeap(out);
        if (hostile) return hostile(out);
        List<Path> folders = corpus != null ? corpus : defaultCorpus();
        BenchCorpus text = BenchCorpus.load(folders, chars);
        out.printf(Locale.ROOT, "xunlu bench: %,d chars (%d documents, %d distinct, from %s), warm-up %,d chars, %d cores, java %s%n",
                text.chars(), text.docs().size(), text.distinctDocs(), folders, warmupChars, threads,
                System.getProperty("java.version"));
        HeapPeak.reset();
        List<PipelineBench.Row> rows = new PipelineBench(text, warmupChars, threads, rounds).run(System.err);
        long peak = HeapPeak.usedBytes();
        System.gc(); // what stays after a full collection: dictionaries, models, the prepared text
        long live = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        double hanlp = rows.get(0).single();
        double hanlpMulti = rows.get(0).multi();
        double hanlpCpu = rows.get(0).singleCpu();
        out.println();
        out.printf(Locale.ROOT, "%-44s %12s %12s %8s %12s %12s %9s%n", "stage (chars/s)", "1 thread", threads + " threads",
                "scaling", "1 thr /cpu-s", threads + " thr /cpu-s", "vs HanLP");
        for (PipelineBench.Row r : rows) {
            if (Double.isNaN(r.single()) || Double.isNaN(r.multi())) {
                out.printf(Locale.ROOT, "%-44s %12s %12s%n", r.name(), "n/a", "n/a");
                continue;
            }
            out.printf(Locale.ROOT, "%-44s %,12.0f %,12.0f %7.2fx %,12.0f %,12.0f %8.0f%%%n", r.name(), r.single(), r.multi(),
                    r.multi() / r.single(), r.singleCpu(), r.multiCpu(), 100 * r.singleCpu() / hanlpCpu);
        }
        out.println("(source chars per wall-clock second, and per CPU-second of the working threads; 'vs HanLP' compares per CPU-second,");
        out.println(" which the load of other processes does not distort)");
        PipelineBench.Row full = rows.get(1);
        PipelineBench.Row bare = rows.get(0);
        out.println();
        out.printf(Locale.ROOT, "load average at the end:         %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), threads);
        out.printf(Locale.ROOT, "full pipeline / bare HanLP:      %5.0f%% per CPU-second, %5.0f%% wall single-thread, %5.0f%% wall on %d threads (target >= 50%%)%n",
                100 * full.singleCpu() / bare.singleCpu(), 100 * full.single() / hanlp, 100 * full.multi() / hanlpMulti, threads);
        out.printf(Locale.ROOT, "all cores / single thread:       %5.2fx full pipeline, %5.2fx bare HanLP wall clock; per-thread efficiency %3.0f%% / %3.0f%% (target >= 1.8x on 2 cores)%n",
                full.multi() / full.single(), hanlpMulti / hanlp, 100 * full.multiCpu() / full.singleCpu(), 100 * bare.multiCpu() / bare.singleCpu());
        out.printf(Locale.ROOT, "heap:                            %s peak in use (garbage included, max heap %s), %s live after a full GC%n",
                HeapPeak.mib(peak), HeapPeak.mib(Runtime.getRuntime().maxMemory()), HeapPeak.mib(live));
        if (!noStartup) startup(out, folders);
        return 0;
    }

    private void startup(PrintStream out, List<Path> folders) throws IOException, InterruptedException {
        Path sample = firstText(folders);
        if (sample == null) return;
        Path tmp = Files.createTempDirectory("xunlu-bench-cds");
        try {
            Map<String, List<String>> configs = new LinkedHashMap<>();
            StartupProbe.launcherFlagsWithArchive(sample, tmp)
                    .ifPresent(f -> configs.put("./xunlu launcher: its flags and class-data archive", f));
            configs.put("launcher flags without the archive (a first run)", StartupProbe.LAUNCHER_FLAGS);
            configs.put("default JVM flags", List.of());
            for (Map.Entry<String, List<String>> c : configs.entrySet()) {
                StartupProbe.Result r = StartupProbe.run(c.getValue(), sample, 5);
                out.printf(Locale.ROOT, "JVM start to first result:       %.2f s best, %.2f s median of %d (%s, extract %s) (target <= 1.5 s)%n",
                        r.bestSeconds(), r.medianSeconds(), r.runs(), c.getKey(), sample.getFileName());
            }
        } finally {
            try (var files = Files.list(tmp)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The hostile benchmark runs in a child JVM with a fixed heap: with a growing heap, the
     * collector's resizing decisions (a 3 s full collection at one size, none at the next) swamp
     * what the benchmark is there to show, how the engine's own work grows with the input.
     */
    private int hostile(PrintStream out) throws IOException, InterruptedException {
        if (Boolean.getBoolean(HOSTILE_CHILD)) return new HostileBench(1_000_000, 4).run(HostileShape.all(), out) ? 0 : 1;
        List<String> flags = new ArrayList<>(StartupProbe.LAUNCHER_BATCH_FLAGS);
        flags.addAll(List.of("-Xms4g", "-Xmx4g"));
        out.println("xunlu bench --hostile: in a child JVM, " + String.join(" ", flags));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(flags);
        cmd.addAll(List.of("-D" + HOSTILE_CHILD + "=true", "-cp", System.getProperty("java.class.path"),
                "io.xunlu.cli.Main", "bench", "--hostile"));
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }

    private static final String HOSTILE_CHILD = "xunlu.bench.hostileChild";

    private int batchHeap(PrintStream out) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("xunlu-bench-heap");
        BatchHeapProbe.Result r = BatchHeapProbe.run(batchHeap, threads, work);
        Files.deleteIfExists(work);
        out.printf(Locale.ROOT, "batch over %,d generated inputs with -Xmx512m, %d threads: exit %d, %,d output lines, %.1f s (%,.0f inputs/s), child peak heap %d MiB%n",
                r.inputs(), threads, r.exitCode(), r.outputLines(), r.seconds(), r.inputs() / r.seconds(), r.childPeakHeapMib());
        out.println("child summary: " + r.summary());
        boolean ok = r.exitCode() == 0 && r.outputLines() == r.inputs();
        out.println(ok ? "OK: every input has its line within 512 MB of heap" : "FAILED");
        return ok ? 0 : 1;
    }

    private static List<Path> defaultCorpus() {
        List<Path> out = new ArrayList<>(List.of(Path.of("corpus", "seed")));
        String shared = System.getProperty("xunlu.shared");
        Path articles = shared != null ? Path.of(shared, "articles") : Path.of("..", "shared", "articles");
        if (Files.isDirectory(articles)) out.add(articles);
        return out;
    }

    private static Path firstText(List<Path> folders) throws IOException {
        for (Path f : folders) {
            if (!Files.isDirectory(f)) continue;
            try (var s = Files.list(f)) {
                var first = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst();
                if (first.isPresent()) return first.get();
            }
        }
        return null;
    }
}
