package io.xunlu.bench;

import io.xunlu.ArticleExtractor;
import io.xunlu.Xunlu;
import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.ingest.InputDoc;
import io.xunlu.ingest.MatchFolding;
import io.xunlu.json.XunluDocument;
import io.xunlu.layout.PageLayout;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Linear time on hostile input, shown: each {@link HostileShape} at doubling sizes goes through
 * folding, layout and extraction (the whole pipeline with no input limit, so the 2M-character
 * ingest guard does not hide a slow matcher), and the time per doubling is reported. A matcher
 * that is quadratic anywhere shows a ratio near 4; linear work stays near 2.
 *
 * <p>Run: {@code ./xunlu bench --hostile} (sizes 1, 2, 4, 8 million characters), or
 * {@code java -cp target/xunlu.jar io.xunlu.bench.HostileBench [baseChars] [doublings]}.
 */
public final class HostileBench {
    /** The target the issue sets: time may grow at most 2.3 times when the input doubles. */
    public static final double MAX_RATIO = 2.3;

    /**
     * One shape at one size: milliseconds for layout alone, for analysis and every extractor run
     * directly on the whole text as one article (layout may drop a line of digits as furniture, so
     * the extractors must be timed without it), and for the whole pipeline.
     */
    public record Row(HostileShape shape, int chars, double layoutMillis, double extractMillis, double pipelineMillis,
                      double cpuMillis, double workMillis, double gcMillis, int articles) {}

    /**
     * CPU time of the whole process (every thread, the collector's included): the work an input
     * costs, which other jobs on a shared machine do not inflate as they inflate the wall clock.
     */
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /**
     * CPU time of the thread that runs the engine: the engine's own work, which is what a
     * quadratic matcher would inflate. The collector and the JIT run on other threads; their share
     * is shown beside it (cpu, gc), since a very large retained output makes the collector's work
     * jump when the old generation fills, a step that says nothing about our matchers.
     */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long gcMillis() {
        long sum = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, gc.getCollectionTime());
        return sum;
    }

    /**
     * Each size is measured this many times and the fastest run kept: on a shared machine one run
     * can be slowed by other jobs or a full collection, which says nothing about the algorithm.
     */
    private static final int REPEATS = 3;

    private final int baseChars;
    private final int doublings;
    private final Xunlu engine = Xunlu.withMaxChars(Integer.MAX_VALUE);
    private final PageLayout layout = new PageLayout();
    private final ArticleExtractor extractor = new ArticleExtractor(HanLPAnalyzer.get());

    public HostileBench(int baseChars, int doublings) {
        this.baseChars = baseChars;
        this.doublings = doublings;
    }

    public static void main(String[] args) {
        int base = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int doublings = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        PrintStream out = new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        List<HostileShape> shapes = args.length > 2
                ? java.util.Arrays.stream(args, 2, args.length).map(HostileShape::valueOf).toList() : HostileShape.all();
        boolean ok = new HostileBench(base, doublings).run(shapes, out);
        System.exit(ok ? 0 : 1);
    }

    /** Measures every shape, prints the table, and tells whether every ratio kept to {@link #MAX_RATIO}. */
    public boolean run(List<HostileShape> shapes, PrintStream out) {
        out.printf(Locale.ROOT, "xunlu bench --hostile: sizes %s chars, java %s, %d cores%n", sizes(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        warmUp(shapes);
        out.printf(Locale.ROOT, "%-20s %11s %10s %10s %11s %10s %8s %10s %7s %8s%n", "shape", "chars", "layout ms", "extract ms",
                "pipeline ms", "cpu ms", "gc ms", "work ms", "ratio", "articles");
        boolean ok = true;
        for (HostileShape shape : shapes) {
            Row previous = null;
            for (int size : sizes()) {
                Row r = fastest(shape, size);
                String totalRatio = previous == null ? "" : ratio(r.workMillis(), previous.workMillis());
                if (previous != null && r.workMillis() > 200 && r.workMillis() / previous.workMillis() > MAX_RATIO) {
                    ok = false;
                    totalRatio += " !";
                }
                out.printf(Locale.ROOT, "%-20s %,11d %,10.0f %,10.0f %,11.0f %,10.0f %,8.0f %,10.0f %7s %,8d%n",
                        shape.name().toLowerCase(Locale.ROOT), r.chars(), r.layoutMillis(), r.extractMillis(), r.pipelineMillis(),
                        r.cpuMillis(), r.gcMillis(), r.workMillis(), totalRatio, r.articles());
                previous = r;
            }
        }
        out.println("(layout = fold + PageLayout.split; extract = HanLP + every extractor on the whole folded text as one article;");
        out.println(" pipeline = Xunlu.extract with no input limit: fold, layout, extraction per item, JSON with offsets;");
        out.println(" cpu = CPU time of the process over the three, every thread included (collector and JIT too);");
        out.println(" gc = the collector's pauses in the three; work = CPU time of the thread running the engine;");
        out.println(" ratio = work / the same at half the size, fastest of " + REPEATS + " runs each; '!' marks a ratio above "
                + MAX_RATIO + " on more than 200 ms)");
        for (HostileShape shape : shapes) out.printf(Locale.ROOT, "  %-20s %s%n", shape.name().toLowerCase(Locale.ROOT), shape.description());
        out.println(ok ? "OK: every doubling within " + MAX_RATIO + "x" : "FAILED: some doubling above " + MAX_RATIO + "x");
        return ok;
    }

    private List<Integer> sizes() {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < doublings; i++) s.add(baseChars << i);
        return s;
    }

    private void warmUp(List<HostileShape> shapes) {
        for (HostileShape shape : shapes) measure(shape, Math.min(baseChars, 200_000));
    }

    private Row fastest(HostileShape shape, int chars) {
        Row best = null;
        for (int i = 0; i < REPEATS; i++) {
            System.gc(); // a collection owed by the previous size is not charged to this one
            Row r = measure(shape, chars);
            if (best == null || r.workMillis() < best.workMillis()) best = r;
        }
        return best;
    }

    private Row measure(HostileShape shape, int chars) {
        String text = shape.text(chars);
        long cpu0 = OS.getProcessCpuTime();
        long work0 = THREADS.getCurrentThreadCpuTime();
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        layout.split(MatchFolding.fold(text).text());
        long t1 = System.nanoTime();
        extractor.extract(MatchFolding.fold(text).text(), null);
        long t2 = System.nanoTime();
        XunluDocument doc = engine.extract(InputDoc.ofText("hostile.txt", text, null));
        long t3 = System.nanoTime();
        long cpu = OS.getProcessCpuTime() - cpu0;
        long work = THREADS.getCurrentThreadCpuTime() - work0;
        long gc = gcMillis() - gc0;
        int articles = doc.articles() == null ? 0 : doc.articles().size();
        return new Row(shape, text.length(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, cpu / 1e6, work / 1e6, gc, articles);
    }

    private static String ratio(double now, double before) {
        return before <= 0 ? "-" : String.format(Locale.ROOT, "%.2f", now / before);
    }
}
