package io.xunlu.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark.")
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() { return 0; }
}
