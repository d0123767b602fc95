package io.xunlu.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.extract.amount.AmountFinding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Duckling ZH corpora: each input alone must give one full-span item with the block's value.
 * Quantities and distances are compared in grams and metres, whatever unit we keep.
 */
final class Duckling {
    private static final String SUITE = "duckling";
    private static final Map<String, BigDecimal> TO_BASE = Map.ofEntries(
            Map.entry("g", BigDecimal.ONE), Map.entry("kg", new BigDecimal("1000")), Map.entry("jin", new BigDecimal("500")),
            Map.entry("mg", new BigDecimal("0.001")), Map.entry("t", new BigDecimal("1000000")), Map.entry("ug", new BigDecimal("0.000001")),
            Map.entry("m", BigDecimal.ONE), Map.entry("cm", new BigDecimal("0.01")), Map.entry("mm", new BigDecimal("0.001")),
            Map.entry("km", new BigDecimal("1000")), Map.entry("ft", new BigDecimal("0.3048")), Map.entry("in", new BigDecimal("0.0254")),
            Map.entry("mi", new BigDecimal("1609.344")));
    private static final Map<String, BigDecimal> EXPECTED_BASE = Map.of(
            "Gram", BigDecimal.ONE, "Centimetre", new BigDecimal("0.01"), "Metre", BigDecimal.ONE,
            "Kilometre", new BigDecimal("1000"), "Foot", new BigDecimal("0.3048"), "Inch", new BigDecimal("0.0254"),
            "Mile", new BigDecimal("1609.344"));

    private Duckling() {}

    static List<OracleCase> cases() {
        List<OracleCase> out = new ArrayList<>();
        for (String model : List.of("Numeral", "AmountOfMoney", "Quantity", "Distance")) {
            JsonNode file = Oracles.json("duckling/" + model + ".json");
            if (file == null) continue;
            for (JsonNode block : file.get("blocks")) {
                for (JsonNode in : block.get("inputs")) {
                    String input = in.asText();
                    String skip = skip(model, input, block);
                    out.add(skip != null ? OracleCase.skipped(SUITE, model, input, skip)
                            : OracleCase.covered(SUITE, model, input, () -> check(model, input, block)));
                }
            }
        }
        return out;
    }

    private static String skip(String model, String input, JsonNode block) {
        if (input.matches(".*[蚊個毫仙].*") || input.contains("起碼")) return "Cantonese forms (蚊, 個半, 起碼)";
        if (input.matches(".*[對雙对双打].*")) return "pairs and dozens (一對, 五打)";
        if (input.matches(".*(半半|1半|半个|份|又十分|一半).*")) return "colloquial halves and shares (一半, 十份十一)";
        if (input.matches(".*\\d ?[kKMG]$") || input.matches(".*\\.\\d+G")) return "Latin multipliers (100K, 3M)";
        if (input.startsWith(".") || input.startsWith("-.")) return "leading-dot decimals (.77)";
        if (input.matches(".*(负|負|-) .*")) return "spaced-out numerals (speech transcripts)";
        if (input.matches(".*[a-zA-Z]{3,}.*") || input.endsWith("'") || input.endsWith("\"")) return "English unit words and symbols (8 feet, 8')";
        if (input.startsWith("米")) return "colloquial heights (米九 = 1.9 m)";
        if (model.equals("AmountOfMoney") && "Cent".equals(block.path("unit").asText())) return "sub-yuan amounts alone (五分, 两毛: 分 is also points and minutes)";
        if (model.equals("Quantity") && input.matches(".*[两兩](半)?$")) return "两 as a weight (ambiguous with the numeral 两)";
        return null;
    }

    private static String check(String model, String input, JsonNode block) {
        if (model.equals("Numeral")) {
            String stripped = input.endsWith("个") || input.endsWith("個") ? input.substring(0, input.length() - 1) : input;
            // parsed alone, as Duckling's corpus test does: the whole input is one numeral
            var got = io.xunlu.extract.number.ChineseNumber.parse(Engine.fold(stripped));
            boolean ok = got.isPresent() && Engine.same(got.get(), BigDecimal.valueOf(block.get("value").asDouble()));
            return ok ? null : got.map(BigDecimal::toPlainString).orElse("rejected");
        }
        String kind = model.equals("AmountOfMoney") ? "money" : "quantity";
        List<AmountFinding> got = Engine.amountsOf(input, kind);
        if (got.size() != 1 || got.get(0).span().length() != input.length()) return Engine.showAll(got);
        AmountFinding f = got.get(0);
        String unit = block.path("unit").asText();
        BigDecimal factor = kind.equals("money") ? BigDecimal.ONE : TO_BASE.get(f.unit());
        BigDecimal want = kind.equals("money") ? BigDecimal.ONE : EXPECTED_BASE.get(unit);
        if (factor == null || want == null) return Engine.show(f);
        if (kind.equals("money")) {
            String iso = switch (unit) { case "HKD" -> "HKD"; default -> "CNY"; };
            if (!iso.equals(f.unit())) return Engine.show(f);
        }
        boolean ok = switch (block.get("kind").asText()) {
            case "simple" -> f.bound() == null && Engine.same(f.value().multiply(factor), BigDecimal.valueOf(block.get("value").asDouble()).multiply(want));
            case "under" -> "max".equals(f.bound()) && Engine.same(f.value().multiply(factor), BigDecimal.valueOf(block.get("value").asDouble()).multiply(want));
            case "above" -> "min".equals(f.bound()) && Engine.same(f.value().multiply(factor), BigDecimal.valueOf(block.get("value").asDouble()).multiply(want));
            case "between" -> "range".equals(f.bound())
                    && Engine.same(f.value().multiply(factor), BigDecimal.valueOf(block.get("from").asDouble()).multiply(want))
                    && Engine.same(f.high().multiply(factor), BigDecimal.valueOf(block.get("to").asDouble()).multiply(want));
            default -> false;
        };
        return ok ? null : Engine.show(f);
    }
}
