package io.xunlu.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.extract.amount.AmountFinding;
import io.xunlu.extract.number.ChineseNumber;
import io.xunlu.extract.number.NumeralRun;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * cn2an: numerals in strict, colloquial (normal) and mixed (smart) modes, digit-by-digit reading,
 * inputs that must be rejected, the an2cn table read backwards, and sentence rewrites. Money forms
 * (壹拾壹元整, 壹元零壹分) go through the amount extractor; our reading is the smart mode.
 */
final class Cn2an {
    private static final String SUITE = "cn2an";

    private Cn2an() {}

    static List<OracleCase> cases() {
        List<OracleCase> out = new ArrayList<>();
        JsonNode root = Oracles.json("cn2an/cn2an_cases.json");
        if (root == null) return out;
        JsonNode cn2an = root.get("cn2an");
        for (String mode : List.of("strict", "normal_only", "smart_only", "direct_digit_by_digit")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = cn2an.get(mode).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String input = e.getKey();
                BigDecimal value = new BigDecimal(e.getValue().asText());
                if (input.contains("幺")) out.add(OracleCase.skipped(SUITE, mode, input, "幺 for one (phone-number reading)"));
                else out.add(OracleCase.covered(SUITE, mode, input, () -> value(input, value)));
            }
        }
        List<String> normal = new ArrayList<>();
        cn2an.get("normal_only").fieldNames().forEachRemaining(normal::add);
        for (String mode : List.of("error_strict_extra", "error_normal_extra", "error_smart")) {
            for (JsonNode n : cn2an.get(mode)) {
                String input = n.asText();
                if (mode.equals("error_strict_extra") && normal.contains(input)) {
                    out.add(OracleCase.skipped(SUITE, "must-reject", input, "strict-mode-only rejections (colloquial 一一 = 11)"));
                } else {
                    out.add(OracleCase.covered(SUITE, "must-reject", input, () -> reject(input)));
                }
            }
        }
        JsonNode an2cn = root.get("an2cn_reverse_direction");
        for (Iterator<Map.Entry<String, JsonNode>> it = an2cn.get("input_data").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            BigDecimal value = new BigDecimal(e.getKey());
            for (int form = 0; form < 4; form++) {
                String input = e.getValue().get(form).asText();
                String id = input + " (" + e.getKey() + ")";
                if (form == 2 && (value.stripTrailingZeros().scale() > 2 || value.abs().compareTo(BigDecimal.ONE) < 0))
                    out.add(OracleCase.skipped(SUITE, "an2cn-reversed", id, "rounded or sub-yuan money forms (零元整 for 0.0005, 肆角叁分)"));
                else out.add(OracleCase.covered(SUITE, "an2cn-reversed", id, () -> value(input, value)));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = an2cn.get("scientific_input_data").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            BigDecimal value = new BigDecimal(e.getKey());
            String input = e.getValue().asText();
            out.add(OracleCase.covered(SUITE, "an2cn-reversed", input, () -> value(input, value)));
        }
        for (JsonNode n : an2cn.get("error_input_data")) {
            if (!n.isTextual()) continue;
            out.add(OracleCase.covered(SUITE, "must-reject", n.asText(), () -> reject(n.asText())));
        }
        JsonNode sentences = root.get("transform_sentences");
        for (Iterator<Map.Entry<String, JsonNode>> it = sentences.get("smart_cn2an").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sentence(out, e.getKey(), e.getValue().asText());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = sentences.get("strict_arabic_to_chinese").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sentence(out, e.getValue().asText(), e.getKey());
        }
        return out;
    }

    private static void sentence(List<OracleCase> out, String input, String expected) {
        String skip = null;
        if (input.matches(".*[年月日].*") && !input.contains("亿年")) skip = "dates (another engineer's field)";
        else if (input.contains("第")) skip = "ordinals (第…)";
        else if (input.contains("摄氏") || input.contains("零下")) skip = "temperatures";
        else if (input.contains("分之") && !input.contains("百分之")) skip = "fraction notation (二分之一 → 1/2)";
        else if (input.contains("半斤")) skip = "半 as a numeral (半斤 → 0.5斤)";
        out.add(skip != null ? OracleCase.skipped(SUITE, "sentences", input, skip)
                : OracleCase.covered(SUITE, "sentences", input, () -> rewrite(input, expected)));
    }

    /** A numeral, or a money form as one money amount covering the whole input. */
    private static String value(String input, BigDecimal expected) {
        if (input.contains("元") || input.contains("圆")) {
            List<AmountFinding> got = Engine.amountsOf(input, "money");
            boolean ok = got.size() == 1 && got.get(0).span().length() == input.length() && Engine.same(got.get(0).value(), expected);
            return ok ? null : Engine.showAll(got);
        }
        Optional<BigDecimal> got = ChineseNumber.parse(input);
        return got.isPresent() && Engine.same(got.get(), expected) ? null : got.map(BigDecimal::toPlainString).orElse("rejected");
    }

    private static String reject(String input) {
        Optional<BigDecimal> got = ChineseNumber.parse(input);
        return got.isEmpty() ? null : "accepted as " + got.get().toPlainString();
    }

    /** Writes every numeral of the sentence as digits (百分之八 as 8%) and compares with cn2an's rewrite. */
    private static String rewrite(String input, String expected) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        List<AmountFinding> percents = Engine.amountsOf(input, "percent").stream()
                .filter(p -> p.rule().endsWith(".prefix")).toList();
        List<NumeralRun> runs = Engine.allNumbers(input);
        for (NumeralRun r : runs) {
            if (r.start() < at) continue;
            AmountFinding p = percents.stream().filter(f -> f.span().start() <= r.start() && r.end() <= f.span().end()).findFirst().orElse(null);
            if (p != null) {
                b.append(input, at, p.span().start()).append(p.value().stripTrailingZeros().toPlainString()).append('%');
                at = p.span().end();
            } else {
                b.append(input, at, r.start()).append(r.value().stripTrailingZeros().toPlainString());
                at = r.end();
            }
        }
        b.append(input.substring(at));
        return b.toString().equals(expected) ? null : b.toString();
    }
}
