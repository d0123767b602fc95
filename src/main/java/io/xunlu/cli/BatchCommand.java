package io.xunlu.cli;

import io.xunlu.Xunlu;
import io.xunlu.batch.BatchProgress;
import io.xunlu.batch.BatchRunner;
import io.xunlu.batch.BatchSummary;
import io.xunlu.batch.InputSettings;
import io.xunlu.batch.TerminalProgress;
import io.xunlu.ingest.IngestException;
import io.xunlu.ingest.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** ./xunlu batch IN… -o OUT.jsonl : bulk extraction, one line per input, in input order, resumable. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Extract every input into OUT.jsonl: one line per input (a document or an error record), in input order.",
                "IN may be files, folders (walked recursively, sorted by name), .zip archives (each entry one input) and",
                ".jsonl files (each line {\"id\",\"text\",\"published\"} one input).",
                "Exit codes: 0 all inputs extracted, 1 some inputs became error records, 2 usage error."})
public final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "IN", description = "files, folders, .zip or .jsonl")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jsonl", description = "the JSON Lines output")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume", description = "continue an interrupted run: keep OUT's complete lines, skip that many inputs")
    boolean resume;

    @Option(names = "--max-chars", paramLabel = "N", description = "larger inputs become ingest.too_large records (default: ${DEFAULT-VALUE})")
    int maxChars = Xunlu.DEFAULT_MAX_CHARS;

    @Option(names = "--timeout-ms", paramLabel = "MS", description = "time limit per document; over it, a batch.timeout record (default: ${DEFAULT-VALUE}; 0: none)")
    long timeoutMillis = 60_000;

    @Option(names = "--no-progress", description = "no progress bar (there is none anyway when standard error is not a terminal)")
    boolean noProgress;

    @Mixin
    ExtractOptions options;

    @Override
    public Integer call() {
        validate();
        Xunlu engine = maxChars == Xunlu.DEFAULT_MAX_CHARS ? Xunlu.standard() : Xunlu.withMaxChars(maxChars);
        InputSettings in = InputSettings.forMaxChars(options.published(), options.format(), options.encoding(), maxChars)
                .withRegion(options.region());
        BatchRunner runner = new BatchRunner(engine, new BatchRunner.Settings(threads, timeoutMillis,
                BatchRunner.Settings.defaultWindow(threads), resume, in));
        BatchSummary summary;
        try {
            summary = runner.run(inputs, output, done -> noProgress ? BatchProgress.NONE : TerminalProgress.forStderr(done));
        } catch (IOException e) {
            System.err.println("xunlu batch: cannot write " + output + ": " + e.getMessage());
            return 2;
        }
        System.err.println(summary.line());
        return summary.exitCode();
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        if (threads < 1) problems.add("--threads must be at least 1");
        if (maxChars < 1) problems.add("--max-chars must be at least 1");
        if (timeoutMillis < 0) problems.add("--timeout-ms must be 0 (no limit) or more");
        try {
            options.format();
        } catch (IllegalArgumentException e) {
            problems.add("--format must be auto, text or html");
        }
        if (TextDecoder.isExplicit(options.encoding())) {
            try {
                TextDecoder.charset(options.encoding());
            } catch (IngestException e) {
                problems.add("--encoding: " + e.getMessage());
            }
        }
        for (Path p : inputs) if (!Files.exists(p)) problems.add("no such input: " + p);
        if (Files.isDirectory(output)) problems.add("-o names a folder: " + output);
        if (!problems.isEmpty()) throw new ParameterException(spec.commandLine(), String.join("; ", problems));
    }
}
