package io.xunlu.extract.amount;

import io.xunlu.extract.number.ChineseNumber;
import io.xunlu.extract.number.NumberScanner;
import io.xunlu.extract.number.NumeralRun;
import io.xunlu.extract.number.NumeralTable;
import io.xunlu.extract.number.ParsedNumber;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * Figures led by a word rather than a numeral: a percent word before its numeral (百分之十五),
 * halves (半小时, 半成, 打对折) and unsaid counts of a scale (几十万块, 数十亿元). Immutable.
 */
final class WordLedFigures {
    private final NumberScanner scanner;
    private final NumeralTable numerals;
    private final UnitTable units;
    private final UnitContext context;
    private final FigureReader reader;

    WordLedFigures(NumberScanner scanner, NumeralTable numerals, UnitTable units, UnitContext context, FigureReader reader) {
        this.scanner = scanner;
        this.numerals = numerals;
        this.units = units;
        this.context = context;
        this.reader = reader;
    }

    /** 百分之十五, 千分之五: the unit stands before its numeral. */
    void addPrefixed(String text, boolean[] inTitle, List<Candidate> into) {
        for (int i = 0; i < text.length(); i++) {
            if (inTitle[i]) continue;
            Unit u = units.prefixAt(text, i);
            if (u == null || !u.kind().equals("percent")) continue;
            int from = i;
            BigDecimal factor = u.factor();
            if (u.surface().endsWith("分之")) {
                // 十万分之五, 十亿分之三: scales before a listed 万分之 or 亿分之 make a larger power of ten
                while (from > 0 && i - from < 4 && numerals.isScale(text.charAt(from - 1))) from--;
                if (from < i) {
                    Optional<BigDecimal> d = ChineseNumber.parse(text.substring(from, i + u.surface().length() - 2));
                    if (d.isEmpty() || d.get().compareTo(BigDecimal.valueOf(100)) < 0
                            || d.get().stripTrailingZeros().unscaledValue().compareTo(BigInteger.ONE) != 0) continue;
                    factor = BigDecimal.valueOf(100).divide(d.get(), MathContext.DECIMAL64);
                }
            }
            if (from > 0 && (numerals.isNumeral(text.charAt(from - 1)) || Character.isDigit(text.charAt(from - 1)))) continue;
            int at = i + u.surface().length();
            Optional<NumeralRun> run = scanner.at(text, at);
            if (run.isEmpty()) continue;
            ParsedNumber n = run.get().number();
            BigDecimal high = n.high() == null ? null : n.high().multiply(factor);
            // 负百分之十三: a sign before the percent word
            boolean negative = from > 0 && (text.charAt(from - 1) == '负' || text.charAt(from - 1) == '負') && high == null;
            if (negative) n = new ParsedNumber(n.value().negate(), n.trailingScale(), n.chinese());
            into.add(new Candidate(negative ? from - 1 : from, run.get().end(), u, n.value().multiply(factor), high,
                    n.approximate(), high != null ? "range" : n.approximate() ? "min" : null, "amount." + u.kind() + ".prefix", false));
            i = run.get().end() - 1;
        }
    }

    /**
     * 半小时, 半个月: one half of a duration unit; 半成: five percent; 半折 and 打对折: half price (50%).
     * Not 上半年 / 下半年, which are periods.
     */
    void addHalves(String text, boolean[] inTitle, List<Candidate> into) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = (c == '对' || c == '對') && afterDa(text, i);
            if (c != FigureReader.HALF && !pair || inTitle[i]) continue;
            Unit u = units.at(text, i + 1);
            if (u == null) continue;
            if (u.condition() == Unit.Condition.DISCOUNT) {
                if (context.notDiscount.longestStartingAt(text, i + u.surface().length()) > 0) continue;
                into.add(new Candidate(i, i + 1 + u.surface().length(), u, BigDecimal.valueOf(50), null, false, null,
                        "amount.percent.discount", false));
                continue;
            }
            if (pair) continue;
            boolean tenth = u.condition() == Unit.Condition.TENTH;
            if (!u.kind().equals("duration") && !tenth) continue;
            if (i > 0 && "上下前后".indexOf(text.charAt(i - 1)) >= 0) continue;
            if (u.condition() == Unit.Condition.CUE && !context.hasDurationCue(text, i)) continue;
            into.add(new Candidate(i, i + 1 + u.surface().length(), u, new BigDecimal("0.5").multiply(u.factor()),
                    null, false, null, "amount." + u.kind() + ".half", false));
        }
    }

    /** 打对折, 打个对折, 打了个对折: 打 at most two of 了/个 before i. */
    private static boolean afterDa(String text, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            char c = text.charAt(k);
            if (c == '打') return true;
            if (c != '了' && c != '个' && c != '個') return false;
        }
        return false;
    }

    /** 几十万块, 数十亿元: an unsaid count of a scale; approximate, at least the scale. */
    void addVagueScales(String text, boolean[] inTitle, List<Candidate> into) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            // 上亿元, 上百万元: at least the scale (CONTRACT: 上 → bound min), and not approximate
            boolean atLeast = c == '上';
            if (c != '几' && c != '幾' && c != '数' && c != '數' && !atLeast || inTitle[i] || !numerals.isScale(text.charAt(i + 1))) continue;
            int p = i + 1;
            BigDecimal scale = BigDecimal.ONE;
            while (p < text.length() && p - i <= 3 && numerals.isScale(text.charAt(p))) {
                scale = scale.multiply(BigDecimal.valueOf(numerals.value(text.charAt(p))));
                p++;
            }
            Unit u = units.at(text, p);
            if (u == null || !u.kind().equals("money") && !u.kind().equals("quantity")) continue;
            int end = p + u.surface().length();
            if (u.condition() == Unit.Condition.STANDALONE && !context.colloquialYuan(text, i, end)) continue;
            Unit unit = u;
            int start = i;
            Unit prefix = reader.currencyBefore(text, i);
            if (u.kind().equals("money") && u.symbol().equals("CNY")) {
                Unit named = units.at(text, end);
                if (named != null && named.kind().equals("money") && named.condition() == Unit.Condition.ALWAYS) {
                    unit = named;                                        // 数十亿元人民币
                    end += named.surface().length();
                } else if (prefix != null) {
                    unit = new Unit(u.surface(), u.kind(), prefix.symbol(), u.factor(), u.condition());
                }
                if (prefix != null) start = reader.prefixStart(text, i, prefix);   // 人民币数十亿元
            }
            into.add(new Candidate(start, end, unit, scale.multiply(u.factor()), null, !atLeast, "min",
                    "amount." + u.kind() + (atLeast ? ".at-least" : ".vague"), false));
            i = end - 1;
        }
    }
}
