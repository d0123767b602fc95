package io.xunlu.conformance;

import io.xunlu.extract.amount.AmountFinding;
import io.xunlu.extract.number.ChineseNumber;
import io.xunlu.extract.number.NumeralRun;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NeMo and WeTextProcessing inverse text normalization (spoken Chinese → written): the written
 * side is compared by value, not by string (it keeps 万, thousands separators, ¥ and ~ ranges).
 * Whole-line numerals must parse to that value; sentences must yield the same numbers in order.
 */
final class Itn {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("US$", "USD"), Map.entry("¥", "CNY"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("₩", "KRW"),
            Map.entry("₹", "INR"), Map.entry("JPY¥", "JPY"), Map.entry("$", "USD"), Map.entry("CNY", "CNY"), Map.entry("₽", "RUB"),
            Map.entry("TWD", "TWD"), Map.entry("RM", "MYR"));

    private Itn() {}

    static List<OracleCase> cases() {
        List<OracleCase> out = new ArrayList<>();
        String nemo = "nemo-text-processing/data_inverse_text_normalization/test_cases_";
        for (String part : List.of("cardinal", "decimal", "fraction", "money")) {
            for (String line : Oracles.lines(nemo + part + ".txt")) {
                int sep = line.indexOf('~');
                if (sep < 0) continue;
                add(out, "nemo", part, line.substring(0, sep), line.substring(sep + 1));
            }
        }
        for (String part : List.of("number", "cardinal", "fraction", "money", "measure")) {
            for (String line : Oracles.lines("wetextprocessing/itn/" + part + ".txt")) {
                int sep = line.indexOf(" => ");
                if (sep < 0) continue;
                add(out, "wetextprocessing", part, line.substring(0, sep), line.substring(sep + 4));
            }
        }
        return out;
    }

    private static void add(List<OracleCase> out, String suite, String part, String input, String written) {
        String skip = null;
        if (input.matches(".*[幺洞拐].*") || written.matches(".*\\d{7,}.*") && !written.contains(",") || written.matches(".*\\d\\.\\d+\\.\\d.*"))
            skip = "digit strings (phone, ID, IP numbers)";
        else if (input.contains("兆")) skip = "兆 as 10^12 (mainland news uses 兆 = mega)";
        else if (input.contains("度") || input.contains("号")) skip = "degrees and house numbers";
        else if (written.matches(".*\\d+-\\d.*") && !part.equals("money")) skip = null;
        OracleCase c = skip != null ? OracleCase.skipped(suite, part, input, skip)
                : OracleCase.covered(suite, part, input, () -> check(part, input, written));
        out.add(c);
    }

    private static String check(String part, String input, String written) {
        if (part.equals("money")) return money(input, written);
        if (part.equals("fraction") && !input.matches(".*[^分之又一二三四五六七八九十百千万零两负].*")) {
            Optional<BigDecimal> got = ChineseNumber.parse(input);
            BigDecimal want = fraction(written);
            return got.isPresent() && Engine.same(got.get(), want) ? null : got.map(BigDecimal::toPlainString).orElse("rejected");
        }
        Optional<BigDecimal> whole = ChineseNumber.parse(input);
        List<BigDecimal> want = WrittenNumbers.values(written);
        if (want.size() == 1 && whole.isPresent() && Engine.same(whole.get(), want.get(0))) return null;
        List<BigDecimal> got = new ArrayList<>();
        for (NumeralRun r : Engine.allNumbers(input)) {
            got.add(r.value());
            if (r.number().high() != null) got.add(r.number().high());
        }
        boolean ok = got.size() == want.size();
        for (int i = 0; ok && i < got.size(); i++) ok = Engine.same(got.get(i), want.get(i));
        return ok ? null : got.toString() + " want " + want;
    }

    private static BigDecimal fraction(String written) {
        String w = written.replace("-", "");
        BigDecimal whole = BigDecimal.ZERO;
        int and = w.indexOf('又');
        if (and >= 0) { whole = new BigDecimal(w.substring(0, and)); w = w.substring(and + 1); }
        String[] p = w.split("/");
        BigDecimal v = whole.add(new BigDecimal(p[0]).divide(new BigDecimal(p[1]), MathContext.DECIMAL64));
        return written.startsWith("-") ? v.negate() : v;
    }

    private static String money(String input, String written) {
        String symbol = null;
        for (String s : SYMBOLS.keySet()) if (written.startsWith(s) && (symbol == null || s.length() > symbol.length())) symbol = s;
        if (symbol == null) return "unreadable oracle " + written;
        String rest = written.substring(symbol.length());
        List<AmountFinding> got = Engine.amountsOf(input, "money");
        if (got.size() != 1) return Engine.showAll(got);
        AmountFinding f = got.get(0);
        boolean ok = SYMBOLS.get(symbol).equals(f.unit());
        List<BigDecimal> want = WrittenNumbers.values(rest);
        if (want.size() == 2) ok &= "range".equals(f.bound()) && Engine.same(f.value(), want.get(0)) && Engine.same(f.high(), want.get(1));
        else ok &= want.size() == 1 && Engine.same(f.value(), want.get(0));
        return ok ? null : Engine.show(f);
    }
}
