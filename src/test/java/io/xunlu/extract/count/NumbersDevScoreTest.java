package io.xunlu.extract.count;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.amount.AmountExtractor;
import io.xunlu.extract.amount.AmountFinding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Dev harness, not a gate: runs the amount and count extractors on every shared dev article and
 * prints precision / recall / F1 against the gold (amounts: kind + value + unit as a multiset per
 * file; counts: value + measure over totals and parts), plus accuracy of approximate, bound and
 * attribute over matched amounts. -Dxunlu.devscore.verbose=true lists every miss.
 */
class NumbersDevScoreTest {
    private static final boolean VERBOSE = Boolean.getBoolean("xunlu.devscore.verbose");

    @Test
    void scoreOnSharedArticles() throws Exception {
        List<DevArticles> articles = DevArticles.load();
        assumeFalse(articles.isEmpty(), "no shared articles at " + DevArticles.sharedDir());
        AmountExtractor amounts = new AmountExtractor();
        CountExtractor counts = new CountExtractor();
        Tally amountTally = new Tally(), countTally = new Tally();
        int approxOk = 0, boundOk = 0, attrOk = 0;
        for (DevArticles a : articles) {
            List<AmountFinding> found = amounts.extract(ArticleText.of(a.text()));
            List<AmountFinding> unmatched = new ArrayList<>(found);
            List<String> misses = new ArrayList<>();
            for (JsonNode art : a.gold().path("articles")) {
                for (JsonNode g : art.path("amounts")) {
                    AmountFinding hit = null;
                    for (AmountFinding f : unmatched) {
                        if (f.kind().equals(g.path("kind").asText()) && f.unit().equals(g.path("unit").asText())
                                && sameValue(f.value(), g.path("value").decimalValue())) { hit = f; break; }
                    }
                    if (hit == null) { amountTally.fn++; misses.add("  FN " + g); continue; }
                    unmatched.remove(hit);
                    amountTally.tp++;
                    boolean ap = g.path("approximate").asBoolean(false) == hit.approximate();
                    boolean bd = Objects.equals(text(g, "bound"), hit.bound());
                    boolean at = Objects.equals(text(g, "attribute"), hit.attribute());
                    approxOk += ap ? 1 : 0; boundOk += bd ? 1 : 0; attrOk += at ? 1 : 0;
                    if (!ap || !bd || !at) misses.add("  ~~ " + show(a.text(), hit) + " gold ap=" + g.path("approximate").asBoolean(false)
                            + " bound=" + text(g, "bound") + " attr=" + text(g, "attribute"));
                }
            }
            for (AmountFinding f : unmatched) { amountTally.fp++; misses.add("  FP " + show(a.text(), f)); }
            scoreCounts(a, counts.extract(ArticleText.of(a.text()), found), countTally, misses);
            if (VERBOSE && !misses.isEmpty()) {
                System.out.println("== " + a.file().getFileName());
                misses.forEach(System.out::println);
            }
        }
        System.out.printf("amounts: tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f | approximate %.3f bound %.3f attribute %.3f%n",
                amountTally.tp, amountTally.fp, amountTally.fn, amountTally.precision(), amountTally.recall(), amountTally.f1(),
                ratio(approxOk, amountTally.tp), ratio(boundOk, amountTally.tp), ratio(attrOk, amountTally.tp));
        System.out.printf("counts: tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f%n",
                countTally.tp, countTally.fp, countTally.fn, countTally.precision(), countTally.recall(), countTally.f1());
    }

    /** value + measure over totals and parts together; a gold part without a measure takes its total's. */
    private static void scoreCounts(DevArticles a, List<CountFinding> found, Tally tally, List<String> misses) {
        List<String> predicted = new ArrayList<>();
        for (CountFinding c : found) {
            predicted.add(c.value().stripTrailingZeros().toPlainString() + c.measure());
            for (CountPartFinding p : c.parts()) predicted.add(p.value().stripTrailingZeros().toPlainString() + p.measure());
        }
        List<String> unmatched = new ArrayList<>(predicted);
        for (JsonNode art : a.gold().path("articles")) {
            for (JsonNode g : art.path("counts")) {
                String measure = g.path("measure").asText();
                List<JsonNode> items = new ArrayList<>();
                items.add(g);
                g.path("parts").forEach(items::add);
                for (JsonNode item : items) {
                    String m = item.hasNonNull("measure") ? item.path("measure").asText() : measure;
                    String key = item.path("value").decimalValue().stripTrailingZeros().toPlainString() + m;
                    if (unmatched.remove(key)) tally.tp++;
                    else { tally.fn++; misses.add("  count FN " + key + " " + item.path("subject").asText()); }
                }
            }
        }
        tally.fp += unmatched.size();
        for (String u : unmatched) misses.add("  count FP " + u);
        if (VERBOSE) for (CountFinding c : found) misses.add("  count " + c.span().of(a.text()).replace("\n", "/") + " subj=" + c.subject()
                + " parts=" + c.parts().size() + " sum=" + c.partsSum() + " consistent=" + c.consistent());
    }

    private static String show(String text, AmountFinding f) {
        return f.span().of(text) + " " + f.kind() + " " + f.value().toPlainString() + (f.high() == null ? "" : "~" + f.high().toPlainString())
                + " " + f.unit() + (f.approximate() ? " ap" : "") + (f.bound() == null ? "" : " " + f.bound())
                + " attr=" + f.attribute() + " [" + f.rule() + "]";
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) return a.signum() == 0;
        return a.subtract(b).abs().divide(b.abs(), java.math.MathContext.DECIMAL64).compareTo(new BigDecimal("1e-9")) < 0;
    }

    private static double ratio(int a, int b) { return b == 0 ? 0 : (double) a / b; }

    private static final class Tally {
        int tp, fp, fn;
        double precision() { return ratio(tp, tp + fp); }
        double recall() { return ratio(tp, tp + fn); }
        double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    }
}
