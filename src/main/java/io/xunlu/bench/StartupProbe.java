package io.xunlu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Time from JVM start to the first result: `extract FILE` in a fresh JVM, until its first output byte. */
public final class StartupProbe {
    /** The flags the ./xunlu launcher starts the JVM with. */
    public static final List<String> LAUNCHER_FLAGS = List.of("-Xss4m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /** The flags the ./xunlu launcher starts batch, bench and eval with. */
    public static final List<String> LAUNCHER_BATCH_FLAGS = List.of("-Xss4m", "-XX:+UseParallelGC");

    public record Result(double bestSeconds, double medianSeconds, int runs) {}

    private StartupProbe() {}

    /**
     * The launcher's flags with a class-data-sharing archive, as ./xunlu runs a one-shot command
     * from its second run on (the first run writes the archive at exit): the archive is made here
     * by one run, in a temporary folder, then used. Empty when this JVM cannot make one (a class
     * path with folders instead of jars).
     */
    public static Optional<List<String>> launcherFlagsWithArchive(Path file, Path tmp) throws IOException, InterruptedException {
        Path archive = tmp.resolve("xunlu-probe.jsa");
        List<String> dump = new ArrayList<>(LAUNCHER_FLAGS);
        dump.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        ChildJvm.run(dump, List.of("extract", file.toString()));
        if (!Files.isRegularFile(archive)) return Optional.empty();
        List<String> use = new ArrayList<>(LAUNCHER_FLAGS);
        use.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        return Optional.of(use);
    }

    public static Result run(List<String> flags, Path file, int runs) throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ChildJvm.Outcome o = ChildJvm.run(flags, List.of("extract", file.toString()));
            if (o.exitCode() != 0 || o.firstOutputSeconds() < 0) {
                throw new IOException("extract failed in the child JVM (exit " + o.exitCode() + "): " + o.stderr());
            }
            times.add(o.firstOutputSeconds());
        }
        Collections.sort(times);
        return new Result(times.get(0), times.get(times.size() / 2), runs);
    }
}
