package io.xunlu.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.extract.amount.AmountFinding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JioNLP money_parser and money_extractor. Definitions map onto our bounds: accurate → neither
 * approximate nor bound; blur → approximate (a two-value blur → range, or for 多/余/几/数 our
 * contract's approximate + min at the low end); blur+ → bound min; blur- → bound max.
 * JioNLP rounds to 2 decimals, so money agrees within half a fen.
 */
final class JioNlp {
    private static final String SUITE = "jionlp";
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("元", "CNY"), Map.entry("港元", "HKD"), Map.entry("美元", "USD"), Map.entry("日元", "JPY"),
            Map.entry("欧元", "EUR"), Map.entry("新台币", "TWD"), Map.entry("泰铢", "THB"), Map.entry("卢布", "RUB"),
            Map.entry("澳元", "AUD"), Map.entry("韩元", "KRW"));
    private static final String CURRENCY_WORDS = "元圆块塊币幣铢卢镑";

    private JioNlp() {}

    static List<OracleCase> cases() {
        List<OracleCase> out = new ArrayList<>();
        JsonNode parser = Oracles.json("jionlp/money_parser.json");
        if (parser != null) for (JsonNode c : parser) {
            String input = c.get("input").asText();
            JsonNode exp = c.get("expected");
            String skip = skip(input);
            out.add(skip != null ? OracleCase.skipped(SUITE, "money_parser", input, skip)
                    : OracleCase.covered(SUITE, "money_parser", input, () -> parse(input, exp)));
        }
        JsonNode extractor = Oracles.json("jionlp/money_extractor.json");
        if (extractor != null) for (JsonNode c : extractor) {
            String text = c.get("text").asText();
            String skip = text.matches(".*\\dk.*") ? "Latin multipliers (15k, 30w): recruiting and chat style" : null;
            out.add(skip != null ? OracleCase.skipped(SUITE, "money_extractor", text, skip)
                    : OracleCase.covered(SUITE, "money_extractor", text, () -> extract(text, c.get("expected"))));
        }
        return out;
    }

    private static String skip(String input) {
        if (input.matches(".*\\d[kw].*")) return "Latin multipliers (15k, 30w): recruiting and chat style";
        for (char c : input.toCharArray()) if (CURRENCY_WORDS.indexOf(c) >= 0) return null;
        return "bare figures (no currency named: 三百万, 小于40万)";
    }

    private static String parse(String input, JsonNode exp) {
        List<AmountFinding> got = Engine.amountsOf(input, "money");
        if (got.size() != 1) return Engine.showAll(got);
        AmountFinding f = got.get(0);
        boolean ok = CURRENCIES.getOrDefault(exp.get("case").asText(), "?").equals(f.unit());
        JsonNode num = exp.get("num");
        String def = exp.get("definition").asText();
        if (num.isArray()) {
            BigDecimal lo = new BigDecimal(num.get(0).asText()), hi = new BigDecimal(num.get(1).asText());
            boolean vague = input.matches(".*[多余几數数].*");
            if (vague) ok &= f.approximate() && "min".equals(f.bound()) && close(f.value(), lo);
            else ok &= "range".equals(f.bound()) && close(f.value(), lo) && close(f.high(), hi);
        } else {
            ok &= close(f.value(), new BigDecimal(num.asText()));
            ok &= switch (def) {
                case "accurate" -> !f.approximate() && f.bound() == null;
                case "blur" -> f.approximate();
                case "blur+" -> "min".equals(f.bound());
                case "blur-" -> "max".equals(f.bound());
                default -> false;
            };
        }
        return ok ? null : Engine.showAll(got);
    }

    private static String extract(String text, JsonNode expected) {
        List<AmountFinding> got = Engine.amountsOf(text, "money");
        String folded = Engine.fold(text);
        boolean ok = got.size() == expected.size();
        for (int i = 0; ok && i < got.size(); i++) {
            JsonNode e = expected.get(i);
            ok = got.get(i).span().of(folded).equals(Engine.fold(e.get("text").asText()))
                    && got.get(i).span().start() == e.get("offset").get(0).asInt();
        }
        return ok ? null : Engine.showAll(got);
    }

    private static boolean close(BigDecimal got, BigDecimal expected) {
        return got != null && got.subtract(expected).abs().compareTo(new BigDecimal("0.005")) <= 0;
    }
}
