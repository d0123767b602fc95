package io.xunlu.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.extract.amount.AmountFinding;
import io.xunlu.extract.number.NumeralRun;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Microsoft Recognizers-Text Chinese specs: Number, Percent, NumberRange, Currency, Dimension.
 * RT spans leave modifiers out (近一吨 → 一吨) where ours keep them, so a span passes when ours
 * equals RT's or contains it; values must agree.
 */
final class RecognizersText {
    private static final String SUITE = "recognizers-text";
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d[eE][-+]?\\d|\\^");
    /** A space between two parts of one numeral or percent word (一百 五十, 百 分 之, 七成 六); not one between a figure and a word. */
    private static final Pattern SPACED = Pattern.compile(
            "[0-9.零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬億兩陸點点分之个個又余餘几幾成折/]\\s+"
            + "[0-9.零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬億兩陸點点分之个個又余餘几幾成折/]");
    private static final Pattern LATIN_MULTIPLIER = Pattern.compile("\\d ?[kKMG](?![a-zA-Z])");
    private static final Map<String, String> DIMENSIONS = Map.ofEntries(
            Map.entry("Mu", "mu"), Map.entry("Kilogram", "kg"), Map.entry("Centimeter", "cm"), Map.entry("Ton", "t"),
            Map.entry("Meter", "m"), Map.entry("Jin", "jin"), Map.entry("Kilometer", "km"), Map.entry("Gram", "g"),
            Map.entry("Kilowatt", "kW"), Map.entry("Kilocalorie", "kcal"), Map.entry("Hertz", "Hz"),
            Map.entry("Megahertz", "MHz"), Map.entry("Microgram", "ug"));

    /** RT's data-size units as our symbol and the factor from RT's value to ours. */
    private static final Map<String, String[]> DATA_SIZES = Map.of(
            "Bit", new String[] {"bit", "1"}, "Kilobit", new String[] {"bit", "1000"},
            "Byte", new String[] {"B", "1"}, "Kilobyte", new String[] {"B", "1000"}, "Megabyte", new String[] {"MB", "1"});

    private RecognizersText() {}

    static List<OracleCase> cases() {
        List<OracleCase> out = new ArrayList<>();
        add(out, "Number", "Number/Chinese/NumberModel.json");
        add(out, "Percent", "Number/Chinese/PercentModel.json");
        add(out, "NumberRange", "Number/Chinese/NumberRangeModel.json");
        add(out, "Currency", "NumberWithUnit/Chinese/CurrencyModel.json");
        add(out, "Dimension", "NumberWithUnit/Chinese/DimensionModel.json");
        return out;
    }

    private static void add(List<OracleCase> out, String model, String file) {
        JsonNode cases = Oracles.json("recognizers-text/" + file);
        if (cases == null) return;
        for (JsonNode c : cases) {
            String input = c.get("Input").asText();
            List<JsonNode> results = new ArrayList<>();
            c.get("Results").forEach(results::add);
            String skip = skip(model, input, results);
            out.add(skip != null ? OracleCase.skipped(SUITE, model, input, skip)
                    : OracleCase.covered(SUITE, model, input, () -> check(model, input, results)));
        }
    }

    /** Categories our contract does not cover, named so the table says what was left out. */
    private static String skip(String model, String input, List<JsonNode> results) {
        String texts = String.join("|", results.stream().map(r -> r.get("Text").asText()).toList());
        if (SCIENTIFIC.matcher(Engine.fold(input)).find()) return "scientific notation (2e5, 2^5)";
        if (LATIN_MULTIPLIER.matcher(Engine.fold(input)).find()) return "Latin multipliers (40k, 3M)";
        if (SPACED.matcher(Engine.fold(texts)).find()) return "spaced-out numerals (speech transcripts)";
        if (input.contains("兆") && !input.contains("兆赫") && !input.contains("兆字节")) return "兆 as 10^12 (mainland news uses 兆 = mega)";
        if (texts.contains("打")) return "dozens (一打 = 12)";
        if (input.contains("半百")) return "idioms (半百)";
        if (texts.contains("/")) return "slash fractions (ambiguous with dates 3/5)";
        if (texts.startsWith(".") || texts.contains("|.") || texts.contains("-.")) return "leading-dot decimals (.5)";
        for (JsonNode r : results) {
            int start = r.get("Start").asInt();
            if (start > 0 && input.charAt(start - 1) == '第') return "ordinals (第…)";
        }
        switch (model) {
            case "NumberRange" -> {
                for (JsonNode r : results) {
                    String t = r.get("Text").asText(), v = r.get("Resolution").get("value").asText();
                    if (t.matches(".*(等于|之间|间|比|≥|<|>|或者|并|且|和|位于|最多.*最少|大于.*小于|小于.*大于).*"))
                        return "comparison queries (大于…小于…, 之间, 等于, ≥): query phrasing, not news";
                    if (v.matches("[\\[(]-?[\\d.]+,-?[\\d.]+[\\])]") && !t.matches(".*[至到~\\-–—].*"))
                        return "comparison queries (大于…小于…, 之间, 等于, ≥): query phrasing, not news";
                }
            }
            case "Currency" -> {
                for (JsonNode r : results) {
                    JsonNode res = r.get("Resolution");
                    if (res.get("value") == null || res.get("value").isNull()) return "currency names without a figure";
                    if (!res.has("isoCurrency") && !res.get("unit").asText().equals("Dollar")) return "currencies without an ISO 4217 code (比特币)";
                    if (r.get("Text").asText().matches(".*(銭|美分).*")) return "sub-units of foreign currencies (美分, 銭)";
                }
            }
            case "Dimension" -> {
                for (JsonNode r : results) {
                    String unit = r.get("Resolution").get("unit").asText();
                    if (unit.equals("Bit") && r.get("Text").asText().endsWith("位")) return "位 as a bit (位 counts people: 一位名叫…)";
                    if (unit.equals("Liang")) return "两 as a weight (ambiguous with the numeral 两)";
                }
            }
            default -> { }
        }
        return null;
    }

    private static String check(String model, String input, List<JsonNode> results) {
        return switch (model) {
            case "Number" -> checkNumbers(input, results);
            case "NumberRange" -> checkRanges(input, results);
            default -> checkAmounts(model, input, results);
        };
    }

    private static String checkNumbers(String input, List<JsonNode> results) {
        List<NumeralRun> got = Engine.numbers(input);
        String text = Engine.fold(input);
        boolean ok = got.size() == results.size();
        for (int i = 0; ok && i < got.size(); i++) {
            JsonNode r = results.get(i);
            ok = got.get(i).span().of(text).equalsIgnoreCase(r.get("Text").asText())
                    && Engine.same(got.get(i).value(), new BigDecimal(r.get("Resolution").get("value").asText()));
        }
        return ok ? null : Engine.showRuns(input, got);
    }

    private static String checkAmounts(String model, String input, List<JsonNode> results) {
        String kind = switch (model) {
            case "Percent" -> "percent";
            case "Currency" -> "money";
            default -> "quantity";
        };
        String text = Engine.fold(input);
        List<AmountFinding> got = Engine.amountsOf(input, kind);
        boolean ok = got.size() == results.size();
        for (int i = 0; ok && i < got.size(); i++) {
            AmountFinding f = got.get(i);
            JsonNode r = results.get(i);
            JsonNode res = r.get("Resolution");
            String expectedText = r.get("Text").asText();
            ok = f.span().of(text).toLowerCase().contains(expectedText.toLowerCase());
            String v = res.get("value").asText();
            switch (model) {
                case "Percent" -> ok &= Engine.same(f.value(), new BigDecimal(v.substring(0, v.length() - 1)));
                case "Currency" -> {
                    ok &= Engine.same(f.value(), new BigDecimal(v));
                    String iso = res.has("isoCurrency") ? res.get("isoCurrency").asText() : "USD";
                    ok &= iso.equals(f.unit());
                }
                default -> {
                    String unit = res.get("unit").asText();
                    // RT scales data sizes into its own unit (三千比特 = 3 Kilobit); we keep the written unit (3000 bit)
                    String[] data = DATA_SIZES.get(unit);
                    BigDecimal want = new BigDecimal(v).multiply(data == null ? BigDecimal.ONE : new BigDecimal(data[1]));
                    ok &= Engine.same(f.value(), want);
                    ok &= (data != null ? data[0] : DIMENSIONS.getOrDefault(unit, "?")).equals(f.unit());
                }
            }
        }
        return ok ? null : Engine.showAll(got);
    }

    /** "(20,35]" → range 20..35; "(500,)" → min 500; "(,100]" → max 100. Open or closed ends are not in our contract. */
    private static String checkRanges(String input, List<JsonNode> results) {
        List<AmountFinding> got = Engine.figures(input).stream().filter(f -> f.bound() != null).toList();
        boolean ok = got.size() == results.size();
        for (int i = 0; ok && i < got.size(); i++) {
            AmountFinding f = got.get(i);
            String v = results.get(i).get("Resolution").get("value").asText();
            String[] ends = v.substring(1, v.length() - 1).split(",", -1);
            if (!ends[0].isEmpty() && !ends[1].isEmpty()) {
                ok = "range".equals(f.bound()) && Engine.same(f.value(), new BigDecimal(ends[0])) && Engine.same(f.high(), new BigDecimal(ends[1]));
            } else if (!ends[0].isEmpty()) {
                ok = "min".equals(f.bound()) && Engine.same(f.value(), new BigDecimal(ends[0]));
            } else {
                ok = "max".equals(f.bound()) && Engine.same(f.value(), new BigDecimal(ends[1]));
            }
        }
        return ok ? null : Engine.showAll(got);
    }
}
