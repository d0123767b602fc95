package io.xunlu.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Time from JVM start to the first result: `extract FILE` in a fresh JVM, until its first output byte. */
public final class StartupProbe {
    /** The flags the ./xunlu launcher starts the JVM with. */
    public static final List<String> LAUNCHER_FLAGS = List.of("-Xss4m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    public record Result(double bestSeconds, double medianSeconds, int runs) {}

    private StartupProbe() {}

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
