package io.xunlu.spark;

import io.xunlu.cli.ExtractOptions;
import io.xunlu.ingest.IngestException;
import io.xunlu.ingest.TextDecoder;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `./xunlu batch` on Apache Spark: the same inputs (files, folders, .zip, .jsonl, on any Hadoop
 * file system), the same records, one JSON line per input, written as part files of one output
 * folder in input order.
 *
 * <p>Three steps. (1) The driver lists the arguments in batch's order (names only) and, in a small
 * Spark job, counts the inputs of each .zip and .jsonl, which numbers every input 0…N-1. (2) Units
 * are read on the executors and their inputs shuffled, keyed by number, into equal contiguous
 * ranges ({@link IndexRangePartitioner}); one huge jsonl is read by one task but extracted by all.
 * (3) Each partition runs the engine of its executor JVM ({@link ExecutorEngine}, built once per
 * JVM) and writes its lines; the output folder is replaced only when the whole job has succeeded
 * ({@link ReplacingOutput}).
 *
 * <p>Submit with {@code spark-submit --class io.xunlu.spark.SparkBatchJob target/xunlu.jar IN… -o OUT}
 * (docs/spark.md). Exit codes: 0 the job completed (error records are data: see the summary line),
 * 2 usage error; a failed Spark job ends with Spark's own error.
 */
@Command(name = "xunlu-spark", mixinStandardHelpOptions = true,
        description = {"Extract every input into the folder OUT (part-NNNNN files of JSON Lines, in input order):",
                "one line per input, a document or an error record, exactly as `xunlu batch` writes it.",
                "IN may be files, folders, .zip archives and .jsonl files, on any file system Hadoop reaches."})
public final class SparkBatchJob implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "IN", description = "files, folders, .zip or .jsonl (paths or URIs)")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "output folder; replaced whole when the job succeeds")
    String output;

    @Option(names = "--partitions", paramLabel = "N",
            description = "extraction partitions (default: 4 per core of the cluster, at most one per input)")
    int partitions;

    @Option(names = "--max-chars", paramLabel = "N", description = "larger inputs become ingest.too_large records (default: ${DEFAULT-VALUE})")
    int maxChars = io.xunlu.Xunlu.DEFAULT_MAX_CHARS;

    @Option(names = "--timeout-ms", paramLabel = "MS", description = "time limit per document; over it, a batch.timeout record (default: ${DEFAULT-VALUE}; 0: none)")
    long timeoutMillis = 60_000;

    @Mixin
    ExtractOptions options;

    public static void main(String[] args) {
        int code = new CommandLine(new SparkBatchJob()).execute(args);
        if (code != 0) System.exit(code);
    }

    @Override
    public Integer call() throws IOException {
        JobSettings settings = settings();
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("xunlu batch"))) {
            List<String> missing = InputListing.missing(inputs, sc.hadoopConfiguration());
            if (!missing.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no such input: " + String.join(", ", missing));
            }
            SparkBatchSummary summary = run(sc, inputs, output, settings);
            System.err.println(summary.line());
        }
        return 0;
    }

    /**
     * Runs the job on a live context: every input of {@code inputs} becomes one line in the folder
     * {@code output} (replaced whole on success; untouched when the job fails).
     */
    public static SparkBatchSummary run(JavaSparkContext sc, List<String> inputs, String output, JobSettings settings)
            throws IOException {
        long started = System.nanoTime();
        Configuration hadoop = sc.hadoopConfiguration();
        Broadcast<HadoopConf> conf = sc.broadcast(new HadoopConf(hadoop));
        int cores = sc.defaultParallelism();

        List<InputUnit> units = InputListing.walk(inputs, hadoop);
        Placement placement = place(sc, units, conf, settings, cores);
        List<PlacedUnit> placed = placement.units();
        long total = placement.inputs();
        int partitions = settings.partitionsFor(total, cores);

        RunTally tally = new RunTally();
        sc.sc().register(tally, "xunlu inputs");
        ReplacingOutput out = ReplacingOutput.prepare(output, hadoop);
        try {
            sc.parallelize(placed, Math.max(1, Math.min(placed.size(), partitions)))
                    .flatMapToPair(u -> IndexedInputs.of(u, conf.value().get(), settings.inputSettings()))
                    .repartitionAndSortWithinPartitions(new IndexRangePartitioner(total, partitions))
                    .mapPartitions(it -> PartitionExtractor.lines(it, settings, tally))
                    .saveAsTextFile(out.temp().toString());
            out.commit();
        } catch (RuntimeException | IOException e) {
            out.abandon();
            throw e;
        } finally {
            conf.destroy(); // the executors' copies go too; a long-lived context runs many jobs
        }
        RunTally.Totals t = tally.value();
        return new SparkBatchSummary(t.lines(), t.lines() - t.errors(), t.errors(), t.errorsByCode(), t.chars(),
                Duration.ofNanos(System.nanoTime() - started), partitions, out.target().toString());
    }

    /**
     * Numbers the units' inputs: a plain file or an unlistable folder is one input; a container
     * holds what a small Spark job counts (containers only, a byte scan of each jsonl and the
     * central directory of each zip; nothing is parsed).
     */
    private static Placement place(JavaSparkContext sc, List<InputUnit> units, Broadcast<HadoopConf> conf,
                                   JobSettings settings, int cores) {
        List<InputUnit> containers = units.stream().filter(InputUnit::isContainer).toList();
        List<Long> counts = containers.isEmpty() ? List.of()
                : sc.parallelize(containers, Math.min(containers.size(), Math.max(1, cores)))
                        .map(u -> UnitReader.count(u, conf.value().get(), settings.inputSettings()))
                        .collect();
        List<PlacedUnit> placed = new ArrayList<>(units.size());
        long next = 0;
        int c = 0;
        for (InputUnit u : units) {
            placed.add(new PlacedUnit(next, u));
            next += u.isContainer() ? counts.get(c++) : 1;
        }
        return new Placement(placed, next);
    }

    /** The units with their first input's number, and the number of inputs in all. */
    private record Placement(List<PlacedUnit> units, long inputs) {}

    private JobSettings settings() {
        List<String> problems = new ArrayList<>();
        if (partitions < 0) problems.add("--partitions must be 0 (automatic) or more");
        if (maxChars < 1) problems.add("--max-chars must be at least 1");
        if (timeoutMillis < 0) problems.add("--timeout-ms must be 0 (no limit) or more");
        io.xunlu.ingest.Format format = null;
        try {
            format = options.format();
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
        if (!problems.isEmpty()) throw new ParameterException(spec.commandLine(), String.join("; ", problems));
        return new JobSettings(options.published(), format, options.encoding(), maxChars, timeoutMillis, partitions,
                options.region());
    }
}
