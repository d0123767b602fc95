package io.xunlu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.eval.EvalReport.FieldScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code xunlu eval [DIR…]}: runs an engine over every gold-annotated input under the folders and
 * prints precision, recall and F1 per field. Exit 0 when every --min-f1 floor holds, 1 when one
 * does not, 2 on a usage error. The engines come from the caller, so this class knows only the
 * contract's JSON: "xunlu" is the default, --baseline NAME picks another (hanlp).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the engine against gold annotations (NAME.gold.json beside NAME.txt|.html).")
public final class EvalCommand implements Callable<Integer> {
    public static final String ENGINE = "xunlu";
    public static final String BASELINE = "hanlp";

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "Folders searched recursively for gold (default: corpus).")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE|-", description = "Also write the report as JSON to FILE, or only JSON to stdout with -.")
    String json;

    @Option(names = "--errors", description = "List every false positive, false negative and wrong attribute.")
    boolean errors;

    @Option(names = "--min-f1", split = ",", paramLabel = "FIELD=F1",
            description = "Floors, e.g. officials=0.95,amounts=0.9: exit 1 when a field falls below its floor.")
    Map<String, Double> minF1 = new LinkedHashMap<>();

    @Option(names = "--baseline", paramLabel = "NAME", description = "Score this engine instead of ours (hanlp: HanLP alone).")
    String baseline;

    @Option(names = "--part", paramLabel = "PART", description = "Score one part of a split set (tune, untouched) alone.")
    String part;

    @Spec
    CommandSpec spec;

    private final Map<String, Supplier<DocumentSource>> sources;

    public EvalCommand(Map<String, Supplier<DocumentSource>> sources) {
        this.sources = Map.copyOf(sources);
    }

    @Override
    public Integer call() throws IOException {
        String sourceName = baseline == null ? ENGINE : baseline;
        Supplier<DocumentSource> supplier = sources.get(sourceName);
        if (supplier == null) throw usage("unknown engine '" + sourceName + "'; known: " + sources.keySet());
        List<String> fields = Scorer.fieldNames();
        for (String f : minF1.keySet()) if (!fields.contains(f)) throw usage("--min-f1: unknown field '" + f + "'; fields: " + fields);
        List<Path> roots = dirs.isEmpty() ? List.of(Path.of("corpus")) : dirs;
        for (Path root : roots) if (!Files.isDirectory(root)) throw usage("not a folder: " + root);

        GoldCorpus corpus = GoldCorpus.scan(roots);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (part != null) {
            if (!corpus.parts().contains(part)) throw usage("--part: no gold names the part '" + part + "'; parts: " + corpus.parts());
            corpus = corpus.part(part);
        }
        if (!corpus.withoutText().isEmpty()) {
            err.printf("eval: %d gold files had no text in the cache (not scored; corpus/real/README.md says how to re-find them)%n",
                    corpus.withoutText().size());
        }
        if (corpus.files().isEmpty()) err.println("eval: no NAME.gold.json with its input under " + roots);

        DocumentSource engine = corpus.parts().isEmpty() ? supplier.get() : supplier.get().remembering();
        EvalReport report = score(corpus, engine, sourceName);
        // a split set: each part on its own, so the untouched part is measured beside the tuned one
        Map<String, EvalReport> parts = new LinkedHashMap<>();
        if (part == null && !corpus.parts().isEmpty()) {
            for (String p : corpus.parts()) parts.put(p, score(corpus.part(p), engine, sourceName));
        }
        // the untouched part is measured, never read for errors, unless asked for by name
        EvalReport listed = part == null && parts.containsKey(UNTOUCHED) ? report.withoutErrorsOf(corpus.part(UNTOUCHED)) : report;
        EvalReport shown = (errors ? listed : report.withoutErrors()).withParts(parts);
        if ("-".equals(json)) {
            out.print(ReportPrinter.json(shown));
        } else {
            for (Map.Entry<String, EvalReport> e : parts.entrySet()) {
                out.print("part " + e.getKey() + ": " + ReportPrinter.table(e.getValue()) + System.lineSeparator());
            }
            out.print((parts.isEmpty() ? "" : "all parts: ") + ReportPrinter.table(report));
            if (errors) {
                if (listed != report) out.printf("%n(errors of the %s part are not listed: it is measured only; --part %s lists them)%n", UNTOUCHED, UNTOUCHED);
                out.print(System.lineSeparator() + ReportPrinter.errors(listed));
            }
            if (json != null) Files.writeString(Path.of(json), ReportPrinter.json(shown), StandardCharsets.UTF_8);
        }
        out.flush();
        return checkFloors(report, err);
    }

    /** The part of a split set that rules are never tuned on. */
    public static final String UNTOUCHED = "untouched";

    /** Runs the source over every gold file; an input it fails on is scored as all missed. */
    static EvalReport score(GoldCorpus corpus, DocumentSource source, String sourceName) {
        Scorer scorer = new Scorer();
        corpus.problems().forEach(scorer::addProblem);
        for (GoldFile file : corpus.files()) {
            JsonNode produced;
            try {
                produced = source.extract(file.input(), file.published());
            } catch (Exception e) { // one bad input must not stop the run; it is reported and scored as missed
                scorer.addProblem(file.name() + ": extraction failed: " + e);
                produced = null;
            }
            if (produced != null && produced.has("error")) {
                JsonNode e = produced.path("error");
                scorer.addProblem(file.name() + ": engine error " + e.path("code").asText("") + ": " + e.path("message").asText(""));
                produced = null;
            }
            scorer.add(file.name(), file.gold(), produced);
        }
        return scorer.report(sourceName);
    }

    private int checkFloors(EvalReport report, PrintWriter err) {
        int exit = 0;
        for (Map.Entry<String, Double> floor : minF1.entrySet()) {
            FieldScore f = report.field(floor.getKey()).orElseThrow();
            Double f1 = f.f1();
            if (f1 == null || f1 < floor.getValue()) {
                err.printf("eval: %s F1 %s is below its floor %.3f%n", f.field(),
                        f1 == null ? "undefined (no items)" : String.format(java.util.Locale.ROOT, "%.3f", f1), floor.getValue());
                exit = 1;
            }
        }
        err.flush();
        return exit;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
