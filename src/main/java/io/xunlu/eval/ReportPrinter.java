package io.xunlu.eval;

import io.xunlu.eval.EvalReport.AccuracyScore;
import io.xunlu.eval.EvalReport.ErrorEntry;
import io.xunlu.eval.EvalReport.FieldScore;
import io.xunlu.json.Json;
import java.util.Locale;

/** Renders an {@link EvalReport}: an aligned plain-text table, the error list, or JSON. */
public final class ReportPrinter {
    private ReportPrinter() {}

    /** Fields with P, R, F1, support and raw counts, then attribute accuracies, then problems. */
    public static String table(EvalReport r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "eval %s: %d files, %d gold articles, %d produced%n",
                r.source(), r.files(), r.goldArticles(), r.producedArticles()));
        b.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s %8s %6s %6s %6s%n",
                "field", "P", "R", "F1", "support", "TP", "FP", "FN"));
        for (FieldScore f : r.fields()) {
            b.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s %8d %6d %6d %6d%n", f.field(),
                    ratio(f.precision()), ratio(f.recall()), ratio(f.f1()), f.support(),
                    f.truePositives(), f.falsePositives(), f.falseNegatives()));
        }
        b.append(String.format(Locale.ROOT, "%n%-16s %6s %8s %8s%n", "accuracy", "acc", "correct", "judged"));
        for (AccuracyScore a : r.accuracies()) {
            b.append(String.format(Locale.ROOT, "%-16s %6s %8d %8d%n", a.name(), ratio(a.accuracy()),
                    a.correct(), a.judged()));
        }
        if (!r.problems().isEmpty()) {
            b.append(String.format("%nproblems (%d):%n", r.problems().size()));
            for (String p : r.problems()) b.append("  ").append(p).append(System.lineSeparator());
        }
        return b.toString();
    }

    /** One line per false positive, false negative and wrong attribute, in file order. */
    public static String errors(EvalReport r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("errors (%d):%n", r.errors().size()));
        for (ErrorEntry e : r.errors()) {
            b.append(String.format(Locale.ROOT, "%-5s %-16s %s [%s] %s", shortKind(e.kind()), e.field(), e.file(),
                    e.article(), e.item()));
            if (!e.context().isEmpty()) b.append("  ").append(e.context());
            b.append(System.lineSeparator());
        }
        return b.toString();
    }

    public static String json(EvalReport r) { return Json.pretty(r) + System.lineSeparator(); }

    private static String ratio(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String shortKind(String kind) {
        return switch (kind) {
            case ErrorEntry.FALSE_POSITIVE -> "FP";
            case ErrorEntry.FALSE_NEGATIVE -> "FN";
            default -> "WRONG";
        };
    }
}
