package io.xunlu.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one scoring run found: per field precision, recall and F1 (micro-averaged over all items of
 * all articles of all files), accuracies of attributes judged on matched items, the errors one by
 * one, and the inputs that could not be scored properly.
 */
@JsonPropertyOrder({"source", "files", "goldArticles", "producedArticles", "fields", "accuracies", "problems", "errors", "parts"})
public record EvalReport(String source, int files, int goldArticles, int producedArticles,
                         List<FieldScore> fields, List<AccuracyScore> accuracies, List<String> problems,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ErrorEntry> errors,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, EvalReport> parts) {

    public EvalReport(String source, int files, int goldArticles, int producedArticles, List<FieldScore> fields,
                      List<AccuracyScore> accuracies, List<String> problems, List<ErrorEntry> errors) {
        this(source, files, goldArticles, producedArticles, fields, accuracies, problems, errors, Map.of());
    }

    /**
     * Counts for one field; support is the number of gold items. precision, recall and f1 are null
     * when undefined (nothing produced, nothing in gold).
     */
    @JsonPropertyOrder({"field", "precision", "recall", "f1", "support", "truePositives", "falsePositives", "falseNegatives"})
    public record FieldScore(String field, int truePositives, int falsePositives, int falseNegatives) {
        @JsonProperty
        public int support() { return truePositives + falseNegatives; }

        @JsonProperty
        public Double precision() { return ratio(truePositives, truePositives + falsePositives); }

        @JsonProperty
        public Double recall() { return ratio(truePositives, truePositives + falseNegatives); }

        @JsonProperty
        public Double f1() {
            int denominator = 2 * truePositives + falsePositives + falseNegatives;
            return ratio(2 * truePositives, denominator);
        }
    }

    /** Correct out of judged, for an attribute compared on matched items (titles, bound, headline …). */
    @JsonPropertyOrder({"name", "accuracy", "correct", "judged"})
    public record AccuracyScore(String name, int correct, int judged) {
        @JsonProperty
        public Double accuracy() { return ratio(correct, judged); }
    }

    /**
     * One disagreement. kind is false_positive (produced, not in gold), false_negative (in gold,
     * not produced) or wrong (matched, but an attribute differs: item shows gold → produced).
     */
    @JsonPropertyOrder({"file", "article", "field", "kind", "item", "context"})
    public record ErrorEntry(String file, String article, String field, String kind, String item, String context) {
        public static final String FALSE_POSITIVE = "false_positive";
        public static final String FALSE_NEGATIVE = "false_negative";
        public static final String WRONG = "wrong";
    }

    public Optional<FieldScore> field(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst();
    }

    public Optional<AccuracyScore> accuracy(String name) {
        return accuracies.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public EvalReport withoutErrors() {
        return new EvalReport(source, files, goldArticles, producedArticles, fields, accuracies, problems, List.of(), parts);
    }

    /** The errors of every file but those of the given corpus (a part measured, never read). */
    public EvalReport withoutErrorsOf(GoldCorpus hidden) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (GoldFile f : hidden.files()) names.add(f.name());
        return new EvalReport(source, files, goldArticles, producedArticles, fields, accuracies, problems,
                errors.stream().filter(e -> !names.contains(e.file())).toList(), parts);
    }

    /** The same report with each part's own report beside it (parts without their errors). */
    public EvalReport withParts(Map<String, EvalReport> byPart) {
        Map<String, EvalReport> p = new java.util.LinkedHashMap<>();
        byPart.forEach((k, v) -> p.put(k, v.withoutErrors()));
        return new EvalReport(source, files, goldArticles, producedArticles, fields, accuracies, problems, errors, p);
    }

    private static Double ratio(int numerator, int denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
