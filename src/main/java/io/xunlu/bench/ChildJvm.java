package io.xunlu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Xunlu in a fresh JVM, as a user would: the same java, the classpath (or jar) this JVM was
 * started with, io.xunlu.cli.Main. Times the first byte on standard output (the first result)
 * and the exit, and keeps standard error for the summary line.
 */
final class ChildJvm {
    record Outcome(int exitCode, double firstOutputSeconds, double exitSeconds, String stderr) {}

    private ChildJvm() {}

    static Outcome run(List<String> jvmOptions, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("io.xunlu.cli.Main");
        cmd.addAll(args);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).start();
        StringBuilder err = new StringBuilder();
        Thread errReader = new Thread(() -> {
            try (InputStream in = p.getErrorStream()) {
                err.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.append("(standard error unreadable: ").append(e.getMessage()).append(')');
            }
        });
        errReader.start();
        double first = -1;
        try (InputStream out = p.getInputStream()) {
            byte[] buf = new byte[8192];
            int r;
            while ((r = out.read(buf)) >= 0) {
                if (r > 0 && first < 0) first = (System.nanoTime() - t0) / 1e9;
            }
        }
        int code = p.waitFor();
        double exit = (System.nanoTime() - t0) / 1e9;
        errReader.join();
        return new Outcome(code, first, exit, err.toString());
    }
}
