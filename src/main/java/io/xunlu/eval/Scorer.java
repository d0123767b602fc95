package io.xunlu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.eval.EvalReport.AccuracyScore;
import io.xunlu.eval.EvalReport.ErrorEntry;
import io.xunlu.eval.EvalReport.FieldScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares gold documents with produced ones, file by file, and adds everything up into one
 * {@link EvalReport} (ANNOTATION.md "Scoring"). Articles of a file are aligned first; items are
 * matched only inside aligned articles, so a figure found in the wrong article is both a miss and a
 * false positive. A field whose key is missing from a gold article was not annotated there and is
 * skipped for that article, produced items included.
 *
 * <p>One Scorer per run: it accumulates, and is not meant to be shared between threads.
 */
public final class Scorer {
    public static final String ARTICLES = "articles";
    public static final String HEADLINE = "headline";
    public static final String KIND = "kind";
    static final String WHOLE_FILE = "(whole file)";

    private final Map<String, int[]> fieldCounts = new LinkedHashMap<>();
    private final Map<String, int[]> accuracyCounts = new LinkedHashMap<>();
    private final List<ErrorEntry> errors = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int files;
    private int goldArticles;
    private int producedArticles;

    public Scorer() {
        for (String f : fieldNames()) fieldCounts.put(f, new int[3]);
        for (String a : accuracyNames()) accuracyCounts.put(a, new int[2]);
    }

    /** Every field the report scores, in table order; the names --min-f1 accepts. */
    public static List<String> fieldNames() {
        List<String> out = new ArrayList<>();
        out.add(ARTICLES);
        for (ItemField f : ContractFields.ALL) out.add(f.name());
        return out;
    }

    /** Every attribute accuracy the report gives, in table order. */
    public static List<String> accuracyNames() {
        List<String> out = new ArrayList<>(List.of(HEADLINE, KIND));
        for (ItemField f : ContractFields.ALL) for (AccuracyRule r : f.rules()) out.add(r.name());
        return out;
    }

    /** Notes a problem that is not a scoring error (an input the engine could not read …). */
    public void addProblem(String problem) { problems.add(problem); }

    /**
     * Scores one input file.
     *
     * @param produced the contract document, or null when the engine gave nothing (all of gold is missed)
     */
    public void add(String file, JsonNode gold, JsonNode produced) {
        files++;
        List<JsonNode> g = articles(gold);
        List<JsonNode> p = produced == null ? List.of() : articles(produced);
        goldArticles += g.size();
        producedArticles += p.size();
        List<Matching.Pair> pairs = ArticleAligner.align(g, p);
        scoreArticles(file, g, p, pairs);
        for (ItemField field : ContractFields.ALL) {
            if (field.perFile()) scoreWholeFile(file, field, g, p, pairs);
            else scoreByArticle(file, field, g, p, pairs);
        }
    }

    public EvalReport report(String source) {
        List<FieldScore> fields = new ArrayList<>();
        fieldCounts.forEach((name, c) -> fields.add(new FieldScore(name, c[0], c[1], c[2])));
        List<AccuracyScore> accuracies = new ArrayList<>();
        accuracyCounts.forEach((name, c) -> accuracies.add(new AccuracyScore(name, c[0], c[1])));
        return new EvalReport(source, files, goldArticles, producedArticles, List.copyOf(fields),
                List.copyOf(accuracies), List.copyOf(problems), List.copyOf(errors));
    }

    private void scoreArticles(String file, List<JsonNode> g, List<JsonNode> p, List<Matching.Pair> pairs) {
        int[] c = fieldCounts.get(ARTICLES);
        for (Matching.Pair pair : pairs) {
            JsonNode gold = pair.gold() >= 0 ? g.get(pair.gold()) : null;
            JsonNode produced = pair.produced() >= 0 ? p.get(pair.produced()) : null;
            String name = articleName(gold, produced, pair);
            if (gold == null) {
                c[1]++;
                errors.add(new ErrorEntry(file, name, ARTICLES, ErrorEntry.FALSE_POSITIVE, name, ContractFields.context(produced)));
            } else if (produced == null) {
                c[2]++;
                errors.add(new ErrorEntry(file, name, ARTICLES, ErrorEntry.FALSE_NEGATIVE, name, ""));
            } else {
                c[0]++;
                if (gold.has(HEADLINE)) {
                    String gh = TextFold.compact(gold.path(HEADLINE).asText(""));
                    String ph = TextFold.compact(produced.path(HEADLINE).asText(""));
                    judge(HEADLINE, gh.equals(ph), file, name, ARTICLES,
                            "headline: " + shown(TextFold.preview(gh)) + " → " + shown(TextFold.preview(ph)), "");
                }
                if (gold.has(KIND)) {
                    String gk = gold.path(KIND).asText("");
                    String pk = produced.path(KIND).asText("");
                    judge(KIND, gk.equals(pk), file, name, ARTICLES,
                            "kind: " + shown(TextFold.preview(gk)) + " → " + shown(TextFold.preview(pk)), "");
                }
            }
        }
    }

    private void scoreByArticle(String file, ItemField field, List<JsonNode> g, List<JsonNode> p,
                                List<Matching.Pair> pairs) {
        for (Matching.Pair pair : pairs) {
            JsonNode gold = pair.gold() >= 0 ? g.get(pair.gold()) : null;
            JsonNode produced = pair.produced() >= 0 ? p.get(pair.produced()) : null;
            if (gold != null && !gold.has(field.articleKey())) continue; // not annotated here
            List<Item> gi = gold == null ? List.of() : field.items().apply(gold);
            List<Item> pi = produced == null ? List.of() : field.items().apply(produced);
            compare(file, articleName(gold, produced, pair), field, gi, pi);
        }
    }

    /** Dates: one set per file, so the article a date was placed in and its repeats do not matter. */
    private void scoreWholeFile(String file, ItemField field, List<JsonNode> g, List<JsonNode> p,
                                List<Matching.Pair> pairs) {
        boolean annotated = g.isEmpty() || g.stream().anyMatch(a -> a.has(field.articleKey()));
        if (!annotated) return;
        List<Item> gi = new ArrayList<>();
        List<Item> pi = new ArrayList<>();
        for (Matching.Pair pair : pairs) {
            JsonNode gold = pair.gold() >= 0 ? g.get(pair.gold()) : null;
            if (gold != null && !gold.has(field.articleKey())) continue;
            if (gold != null) gi.addAll(field.items().apply(gold));
            if (pair.produced() >= 0) pi.addAll(field.items().apply(p.get(pair.produced())));
        }
        compare(file, WHOLE_FILE, field, distinct(gi), distinct(pi));
    }

    private void compare(String file, String article, ItemField field, List<Item> gold, List<Item> produced) {
        int[] c = fieldCounts.get(field.name());
        for (Matching.Pair pair : Matching.pair(gold, produced, field.match(), field.rules())) {
            if (pair.produced() < 0) {
                c[2]++;
                Item g = gold.get(pair.gold());
                errors.add(new ErrorEntry(file, article, field.name(), ErrorEntry.FALSE_NEGATIVE, g.label(), g.context()));
            } else if (pair.gold() < 0) {
                c[1]++;
                Item q = produced.get(pair.produced());
                errors.add(new ErrorEntry(file, article, field.name(), ErrorEntry.FALSE_POSITIVE, q.label(), q.context()));
            } else {
                c[0]++;
                Item g = gold.get(pair.gold());
                Item q = produced.get(pair.produced());
                for (AccuracyRule rule : field.rules()) {
                    if (!rule.judges(g)) continue;
                    String said = g.label() + ": " + rule.attr() + " " + shown(g.attrs().get(rule.attr()))
                            + " → " + shown(q.attrs().getOrDefault(rule.attr(), ""));
                    judge(rule.name(), rule.correct(g, q), file, article, field.name(), said, q.context());
                }
            }
        }
    }

    private void judge(String accuracy, boolean correct, String file, String article, String field,
                       String said, String context) {
        int[] a = accuracyCounts.get(accuracy);
        a[1]++;
        if (correct) a[0]++;
        else errors.add(new ErrorEntry(file, article, accuracy, ErrorEntry.WRONG, said, context));
    }

    private static String shown(String attr) {
        return attr == null || attr.isEmpty() ? "(none)" : TextFold.preview(attr.replace(AccuracyRule.LIST_SEPARATOR, "、"));
    }

    private static List<Item> distinct(List<Item> items) {
        Set<String> seen = new LinkedHashSet<>();
        List<Item> out = new ArrayList<>();
        for (Item i : items) if (seen.add(i.key())) out.add(i);
        return out;
    }

    private static List<JsonNode> articles(JsonNode doc) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode a : doc.path("articles")) if (a.isObject()) out.add(a);
        return out;
    }

    private static String articleName(JsonNode gold, JsonNode produced, Matching.Pair pair) {
        for (JsonNode a : new JsonNode[] {gold, produced}) {
            if (a != null && a.path(HEADLINE).isTextual() && !a.path(HEADLINE).asText().isBlank())
                return TextFold.preview(a.path(HEADLINE).asText());
        }
        JsonNode a = gold != null ? gold : produced;
        int index = gold != null ? pair.gold() : pair.produced();
        return (gold != null ? "gold" : "produced") + " #" + index + " " + (a == null ? "" : a.path(KIND).asText("article"));
    }
}
