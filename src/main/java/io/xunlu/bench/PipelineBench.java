package io.xunlu.bench;

import io.xunlu.ArticleExtractor;
import io.xunlu.Xunlu;
import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.ingest.Ingest;
import io.xunlu.ingest.IngestException;
import io.xunlu.ingest.Ingested;
import io.xunlu.ingest.InputDoc;
import io.xunlu.ingest.MatchFolding;
import io.xunlu.layout.ArticleView;
import io.xunlu.layout.LayoutItem;
import io.xunlu.layout.PageLayout;
import io.xunlu.text.MappedText;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Throughput of bare HanLP (segmentation with person, place and organization recognition), of the
 * full pipeline, and of its parts, on the same text, single-threaded and on all cores. Each row is
 * warmed up on a slice of the text before it is timed. The parts are timed on inputs prepared by
 * the stage before, and every rate counts the source characters, so the rows compare directly.
 */
public final class PipelineBench {
    /** One document prepared for every stage. */
    private record Prepared(String text, byte[] utf8, String folded, List<String> views) {}

    /** Best chars/s on one thread and on all, wall clock, and per CPU-second. */
    public record Row(String name, double single, double multi, double singleCpu, double multiCpu) {}

    private final BenchCorpus corpus;
    private final long warmupChars;
    private final int threads;
    private final int rounds;

    public PipelineBench(BenchCorpus corpus, long warmupChars, int threads, int rounds) {
        this.corpus = corpus;
        this.warmupChars = warmupChars;
        this.threads = threads;
        this.rounds = rounds;
    }

    public List<Row> run(PrintStream log) throws InterruptedException {
        Xunlu engine = Xunlu.standard();
        HanLPAnalyzer analyzer = HanLPAnalyzer.get();
        Ingest ingest = new Ingest(Xunlu.DEFAULT_MAX_CHARS);
        PageLayout layout = new PageLayout();
        ArticleExtractor extractor = new ArticleExtractor(analyzer);
        List<Prepared> docs = new ArrayList<>();
        for (String text : corpus.docs()) {
            MappedText folded = MatchFolding.fold(text);
            List<String> views = new ArrayList<>();
            for (LayoutItem item : layout.split(folded.text()).items()) views.add(ArticleView.of(folded, item).text());
            docs.add(new Prepared(text, text.getBytes(StandardCharsets.UTF_8), folded.text(), views));
        }
        List<Stage> stages = List.of(
                new Stage("bare HanLP analyze (names, places, orgs)", d -> analyzer.analyze(d.text())),
                new Stage("full pipeline (Xunlu.extract)", d -> engine.extract(InputDoc.ofBytes("bench.txt", d.utf8(), null))),
                new Stage("  ingest + fold", d -> {
                    try {
                        Ingested ing = ingest.read(InputDoc.ofBytes("bench.txt", d.utf8(), null));
                        MatchFolding.fold(ing.text());
                    } catch (IngestException e) {
                        throw new IllegalStateException(e);
                    }
                }),
                new Stage("  layout", d -> layout.split(d.folded())),
                new Stage("  analysis (HanLP on article texts)", d -> {
                    for (String v : d.views()) analyzer.analyze(v);
                }),
                new Stage("  analysis + extraction", d -> {
                    for (String v : d.views()) extractor.extract(v, null);
                }));
        List<Integer> chars = docs.stream().map(d -> d.text().length()).toList();
        int warm = 0;
        long n = 0;
        while (warm < docs.size() && n < warmupChars) n += docs.get(warm++).text().length();
        // warm every stage first, so that no row pays for class loading, lazy dictionaries or the JIT
        for (Stage st : stages) ThroughputMeter.charsPerSecond(docs.subList(0, warm), chars.subList(0, warm), st.work(), threads);
        double[] single = new double[stages.size()];
        double[] multi = new double[stages.size()];
        double[] singleCpu = new double[stages.size()];
        double[] multiCpu = new double[stages.size()];
        // rounds interleave the stages and keep each one's best: on a shared machine, noise only slows
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < stages.size(); i++) {
                ThroughputMeter.Rate one = ThroughputMeter.charsPerSecond(docs, chars, stages.get(i).work(), 1);
                ThroughputMeter.Rate all = ThroughputMeter.charsPerSecond(docs, chars, stages.get(i).work(), threads);
                single[i] = Math.max(single[i], one.wall());
                multi[i] = Math.max(multi[i], all.wall());
                singleCpu[i] = Math.max(singleCpu[i], one.cpu());
                multiCpu[i] = Math.max(multiCpu[i], all.cpu());
                log.printf(Locale.ROOT, "  round %d %-42s %,12.0f %,12.0f%n", round + 1, stages.get(i).name(), single[i], multi[i]);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            rows.add(new Row(stages.get(i).name(), single[i], multi[i], singleCpu[i], multiCpu[i]));
        }
        Row a = rows.get(4);
        Row ae = rows.get(5);
        rows.add(new Row("  extraction alone (derived)", derived(ae.single(), a.single()), derived(ae.multi(), a.multi()),
                derived(ae.singleCpu(), a.singleCpu()), derived(ae.multiCpu(), a.multiCpu())));
        return rows;
    }

    private record Stage(String name, Consumer<Prepared> work) {}

    /** The rate of B alone when A+B runs at ab and A at a: 1 / (1/ab − 1/a). */
    private static double derived(double ab, double a) {
        double t = 1 / ab - 1 / a;
        return t > 0 ? 1 / t : Double.NaN; // within noise of the analysis alone: not measurable this way
    }

}
