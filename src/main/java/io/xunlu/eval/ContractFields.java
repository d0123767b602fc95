package io.xunlu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of ANNOTATION.md "Scoring", read from an article of either shape: gold writes
 * organizations as strings and dates as strings, the contract writes {"name"} and {"text"}; both
 * are accepted on both sides. Strings are width-folded before they are compared.
 */
final class ContractFields {
    static final String OFFICIALS = "officials";
    static final String OFFICIAL_TITLES = "official_titles";

    /** Byline roles that name the same job as 记者 (ANNOTATION.md folds exactly these). */
    private static final int MAX_NUMBER_TEXT = 64;
    private static final int MAX_PLAIN_SCALE = 40;

    private static final Set<String> REPORTER_ROLES = Set.of("本报记者", "晚报记者");

    static final List<ItemField> ALL = List.of(
            new ItemField(OFFICIALS, "officials", Match.EXACT, ContractFields::officials,
                    List.of(AccuracyRule.titleList("titles", "titles")), false),
            new ItemField(OFFICIAL_TITLES, "officials", Match.NAME_AND_TITLE_SUFFIX,
                    ContractFields::officialTitles, List.of(), false),
            new ItemField("people", "people", Match.EXACT, a -> names(a, "people", "name"), List.of(), false),
            new ItemField("organizations", "organizations", Match.EXACT,
                    a -> names(a, "organizations", "name"), List.of(), false),
            new ItemField("places", "places", Match.EXACT, a -> names(a, "places", "name"), List.of(), false),
            new ItemField("projects", "projects", Match.NEAR_NAME, ContractFields::projects,
                    List.of(AccuracyRule.equal("project_status", "status"),
                            AccuracyRule.equal("project_investor", "investor")), false),
            new ItemField("amounts", "amounts", Match.NUMBER, ContractFields::amounts,
                    List.of(AccuracyRule.equal("approximate", "approximate"),
                            AccuracyRule.equal("bound", "bound"),
                            AccuracyRule.equal("attribute", "attribute")), false),
            new ItemField("counts", "counts", Match.NUMBER, ContractFields::counts,
                    List.of(AccuracyRule.equal("count_subject", "subject"),
                            AccuracyRule.equal("count_parts", "parts")), false),
            new ItemField("dates", "dates", Match.EXACT, a -> names(a, "dates", "text"), List.of(), true),
            new ItemField("documents", "documents", Match.EXACT, ContractFields::documents,
                    List.of(AccuracyRule.equal("document_issuers", "issuers")), false),
            new ItemField("bylines", "bylines", Match.EXACT, ContractFields::bylines,
                    List.of(AccuracyRule.equal("byline_role", "role")), false));

    private ContractFields() {}

    private static List<Item> officials(JsonNode article) {
        List<Item> out = new ArrayList<>();
        for (JsonNode o : article.path("officials")) {
            String name = stringOf(o, "name");
            if (name.isEmpty()) continue;
            out.add(Item.named(name, Map.of("titles", AccuracyRule.joinList(titles(o))), context(o)));
        }
        return out;
    }

    private static List<Item> officialTitles(JsonNode article) {
        List<Item> out = new ArrayList<>();
        for (JsonNode o : article.path("officials")) {
            String name = stringOf(o, "name");
            if (name.isEmpty()) continue;
            for (String title : titles(o)) {
                out.add(new Item(name, title, null, Map.of(), TextFold.preview(name + ": " + title), context(o)));
            }
        }
        return out;
    }

    private static List<String> titles(JsonNode official) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : official.path("titles")) {
            String title = TextFold.fold(t.isTextual() ? t.asText() : t.path("text").asText(""));
            if (!title.isEmpty()) out.add(title);
        }
        return out;
    }

    /** Items that are a bare string (gold) or an object with nameKey (contract). */
    private static List<Item> names(JsonNode article, String field, String nameKey) {
        List<Item> out = new ArrayList<>();
        for (JsonNode n : article.path(field)) {
            String name = stringOf(n, nameKey);
            if (!name.isEmpty()) out.add(Item.named(name, Map.of(), context(n)));
        }
        return out;
    }

    private static List<Item> projects(JsonNode article) {
        List<Item> out = new ArrayList<>();
        for (JsonNode p : article.path("projects")) {
            String name = stringOf(p, "name");
            if (name.isEmpty()) continue;
            out.add(Item.named(name, Map.of("status", stringOf(p, "status"), "investor", stringOf(p, "investor")),
                    context(p)));
        }
        return out;
    }

    private static List<Item> amounts(JsonNode article) {
        List<Item> out = new ArrayList<>();
        for (JsonNode a : article.path("amounts")) {
            String kind = stringOf(a, "kind");
            String unit = stringOf(a, "unit");
            BigDecimal value = number(a.path("value"));
            Map<String, String> attrs = new HashMap<>();
            attrs.put("approximate", String.valueOf(a.path("approximate").asBoolean(false)));
            attrs.put("bound", stringOf(a, "bound"));
            String attribute = stringOf(a, "attribute");
            if (!attribute.isEmpty()) attrs.put("attribute", attribute); // judged only where gold names one
            String label = TextFold.preview(kind + " " + plain(value) + " " + unit
                    + (attribute.isEmpty() ? "" : " [" + attribute + "]"));
            out.add(new Item(kind + "|" + unit, "", value, Map.copyOf(attrs), label, context(a)));
        }
        return out;
    }

    /** Totals and their parts as items of one list: a figure scores the same wherever it is placed. */
    private static List<Item> counts(JsonNode article) {
        List<Item> out = new ArrayList<>();
        for (JsonNode c : article.path("counts")) {
            String measure = stringOf(c, "measure");
            String subject = stringOf(c, "subject");
            BigDecimal value = number(c.path("value"));
            List<String> parts = new ArrayList<>();
            List<Item> partItems = new ArrayList<>();
            for (JsonNode p : c.path("parts")) {
                String partMeasure = stringOf(p, "measure");
                if (partMeasure.isEmpty()) partMeasure = measure; // 其中民营企业1208 counts in 家 like its total
                BigDecimal partValue = number(p.path("value"));
                parts.add(plain(partValue) + " " + partMeasure);
                partItems.add(new Item(partMeasure, "", partValue, Map.of(), TextFold.preview(
                        plain(partValue) + " " + partMeasure + " " + stringOf(p, "subject") + " (part of " + subject + ")"),
                        context(p)));
            }
            parts.sort(null);
            Map<String, String> attrs = Map.of("subject", subject, "parts", String.join(", ", parts));
            out.add(new Item(measure, "", value, attrs, TextFold.preview(plain(value) + " " + measure + " " + subject),
                    context(c)));
            out.addAll(partItems);
        }
        return out;
    }

    private static List<Item> documents(JsonNode article) {
        List<Item> out = new ArrayList<>();
        for (JsonNode d : article.path("documents")) {
            String title = stringOf(d, "title");
            if (title.startsWith("《") && title.endsWith("》")) title = title.substring(1, title.length() - 1);
            if (title.isEmpty()) continue;
            List<String> issuers = new ArrayList<>();
            for (JsonNode i : d.path("issuers")) {
                String issuer = TextFold.fold(i.isTextual() ? i.asText() : i.path("name").asText(""));
                if (!issuer.isEmpty()) issuers.add(issuer);
            }
            issuers.sort(null);
            out.add(Item.named(title, Map.of("issuers", String.join("、", issuers)), context(d)));
        }
        return out;
    }

    private static List<Item> bylines(JsonNode article) {
        List<Item> out = new ArrayList<>();
        for (JsonNode b : article.path("bylines")) {
            String name = stringOf(b, "name");
            if (name.isEmpty()) continue;
            String role = stringOf(b, "role");
            if (REPORTER_ROLES.contains(role)) role = "记者";
            out.add(Item.named(name, Map.of("role", role), context(b)));
        }
        return out;
    }

    /** A bare string, or the folded text of node[key]; "" for null or missing. */
    static String stringOf(JsonNode node, String key) {
        JsonNode v = node.isTextual() ? node : node.path(key);
        return v.isTextual() || v.isNumber() ? TextFold.fold(v.asText()) : "";
    }

    /**
     * The number a value node holds, or null. Text longer than {@value #MAX_NUMBER_TEXT} characters
     * is not a figure any article prints, and parsing 100k digits costs quadratic time.
     */
    static BigDecimal number(JsonNode v) {
        if (v.isNumber()) {
            if (!v.isBigDecimal() && !v.isIntegralNumber() && !Double.isFinite(v.doubleValue())) return null;
            return v.decimalValue();
        }
        if (v.isTextual() && v.asText().length() <= MAX_NUMBER_TEXT) {
            try {
                return new BigDecimal(v.asText().trim());
            } catch (NumberFormatException e) {
                return null; // a value that is not a number never matches; the label shows it as "?"
            }
        }
        return null;
    }

    /** Plain digits for values of any sensible size; scientific where plain would be huge. */
    static String plain(BigDecimal v) {
        if (v == null) return "?";
        BigDecimal s = v.stripTrailingZeros();
        return Math.abs(s.scale()) <= MAX_PLAIN_SCALE ? s.toPlainString() : s.toString();
    }

    /**
     * Where an item came from, as far as its JSON says: its text and offsets, or its first mention.
     * Gold carries text without offsets; contract items carry both.
     */
    static String context(JsonNode item) {
        if (!item.isObject()) return "";
        JsonNode at = item;
        JsonNode mentions = item.path("mentions");
        if (!item.has("text") && mentions.isArray() && !mentions.isEmpty()) at = mentions.get(0);
        StringBuilder b = new StringBuilder();
        if (at.path("text").isTextual()) b.append('"').append(TextFold.preview(at.path("text").asText())).append('"');
        if (at.path("start").isNumber() && at.path("end").isNumber()) {
            if (b.length() > 0) b.append(' ');
            b.append('@').append(at.path("start").asInt()).append('-').append(at.path("end").asInt());
        }
        if (mentions.isArray() && mentions.size() > 1) b.append(" (").append(mentions.size()).append(" mentions)");
        return b.toString();
    }
}
