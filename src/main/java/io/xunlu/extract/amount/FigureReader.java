package io.xunlu.extract.amount;

import io.xunlu.extract.number.ChineseNumber;
import io.xunlu.extract.number.NumeralRun;
import io.xunlu.extract.number.NumeralTable;
import io.xunlu.extract.number.ParsedNumber;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * Reads a figure that starts with its numeral: numeral [多|余] [scales] [多|余] [space] unit, a
 * currency written before it (人民币3.14, $20), or a range (3至5亿元, 3-5亿元) whose low end may
 * borrow the high end's scale. Immutable.
 */
final class FigureReader {
    /** Range connectors between the low and high end (3至5亿元, 3-5亿元, 3~5亿元). */
    private static final String RANGE_CONNECTORS = "至到-~〜～—–";
    /** A figure followed by this is a size class (50亿级项目, 百亿元级), never an amount. */
    private static final char SIZE_CLASS = '级';

    static final char HALF = '半';

    /** The yuan of money said without 元 (总投资近30亿): no surface of its own. */
    private static final Unit YUAN_UNSAID = new Unit("", "money", "CNY", BigDecimal.ONE, Unit.Condition.ALWAYS);
    /** The unit of a bare figure (figures() only): nothing written, kind number. */
    private static final Unit BARE = new Unit("", "number", null, BigDecimal.ONE, Unit.Condition.ALWAYS);

    private final NumeralTable numerals;
    private final UnitTable units;
    private final ModifierTable modifiers;
    private final UnitContext context;
    private final SmallChange smallChange;
    private final UnsaidYuan unsaidYuan;

    FigureReader(NumeralTable numerals, UnitTable units, ModifierTable modifiers, UnitContext context) {
        this.numerals = numerals;
        this.units = units;
        this.modifiers = modifiers;
        this.context = context;
        this.smallChange = new SmallChange(numerals, context);
        this.unsaidYuan = new UnsaidYuan(numerals, modifiers, context);
    }

    /** numeral [多|余] [scales] [多|余] [space] unit; or a numeral whose last scales begin the unit (12.5万千瓦). */
    Candidate single(String text, NumeralRun run, boolean bare) {
        Reading r = read(text, run, bare);
        Unit prefix = currencyBefore(text, run.start());
        if (r == null || r.unit == BARE && prefix != null) {
            // 人民币3.14, $20, 港币500万: the currency stands before a bare figure
            if (prefix == null || run.number().high() != null) return null;
            int start = prefixStart(text, run.start(), prefix);
            return new Candidate(start, run.end(), prefix, run.value(), null, run.number().approximate(),
                    run.number().approximate() ? "min" : null, "amount.money.prefix", false);
        }
        Unit unit = r.unit;
        int start = run.start();
        if (prefix != null && unit.kind().equals("money") && unit.symbol().equals("CNY")) {
            unit = new Unit(unit.surface(), unit.kind(), prefix.symbol(), unit.factor(), unit.condition());   // 港币两千元
            start = prefixStart(text, run.start(), prefix);
        }
        if (r.high != null) {
            return new Candidate(start, r.end, unit, r.value, r.high, true, "range", "amount." + unit.kind() + ".vague-range",
                    numerals.isScale(text.charAt(run.start())));
        }
        // .cue: a span of time its cue made one (连续3年, 持续两日), which a date reading of the same figure yields to
        String rule = "amount." + unit.kind() + (unit.condition() == Unit.Condition.DISCOUNT ? ".discount"
                : unit.condition() == Unit.Condition.CUE || unit.condition() == Unit.Condition.ADJACENT ? ".cue" : "");
        return new Candidate(start, r.end, unit, r.value, null, r.approximate,
                r.approximate ? "min" : null, rule, numerals.isScale(text.charAt(run.start())));
    }

    /**
     * $20,300美元: one figure cannot carry two currencies, so when a currency sign stands before a
     * comma-grouped figure and a currency word after it, the comma lists two prices ($20 and
     * 300美元). A generic 元 after the figure takes the sign's currency instead ($20,300元 is one).
     */
    boolean splitTwoCurrencies(String text, NumeralRun run, List<Candidate> into) {
        Unit prefix = currencyBefore(text, run.start());
        if (prefix == null || run.number().high() != null || run.number().approximate()) return false;
        int comma = run.start();
        while (comma < run.end() && text.charAt(comma) != ',') comma++;          // inside the run only: linear
        if (comma >= run.end()) return false;
        Reading r = read(text, run, false);
        if (r == null || r.high != null || r.approximate || !r.unit.kind().equals("money")
                || r.unit.condition() != Unit.Condition.ALWAYS || SmallChange.YUAN.indexOf(r.unit.surface().isEmpty() ? ' ' : r.unit.surface().charAt(0)) >= 0) return false;
        Optional<BigDecimal> left = ChineseNumber.parse(text.substring(run.start(), comma));
        Optional<BigDecimal> right = ChineseNumber.parse(text.substring(comma + 1, run.end()));
        if (left.isEmpty() || right.isEmpty() || run.value().signum() == 0) return false;
        BigDecimal perUnit = r.value.divide(run.value(), MathContext.DECIMAL64);
        into.add(new Candidate(prefixStart(text, run.start(), prefix), comma, prefix, left.get(), null, false, null,
                "amount.money.prefix", false));
        into.add(new Candidate(comma + 1, r.end, r.unit, right.get().multiply(perUnit), null, false, null,
                "amount.money", false));
        return true;
    }

    /** 每一亩土地, 每一吨: 一 right after 每 says "every", not a quantity of one. */
    static boolean eachOne(String text, NumeralRun run) {
        return run.end() - run.start() == 1 && text.charAt(run.start()) == '一' && run.start() > 0
                && (text.charAt(run.start() - 1) == '每');
    }

    /** A currency written before the figure, at most two spaces away (新台币 177.1亿元); or null. */
    Unit currencyBefore(String text, int start) {
        int end = start;
        while (end > 0 && start - end < 2 && text.charAt(end - 1) == ' ') end--;
        Unit u = units.prefixEndingAt(text, end, Math.max(0, end - 4));
        return u != null && u.kind().equals("money") ? u : null;
    }

    int prefixStart(String text, int start, Unit prefix) {
        int end = start;
        while (end > 0 && start - end < 2 && text.charAt(end - 1) == ' ') end--;
        return end - prefix.surface().length();
    }

    /** low (至|到|-|~) high unit, where the low end may carry its own unit or borrow the high end's scale. */
    Candidate range(String text, NumeralRun low, NumeralRun high, boolean bare) {
        if (high == null || low.number().high() != null) return null;
        int at = low.end();
        // 1 万(含)-5 万元: a space, then the low end's own 万 or 亿, as the high end may write it
        BigDecimal lowSpacedScale = BigDecimal.ONE;
        if (at + 1 < text.length() && text.charAt(at) == ' ' && numerals.isScale(text.charAt(at + 1)) && !low.number().approximate()) {
            int p = at + 1;
            while (p < text.length() && p - at <= 3 && numerals.isScale(text.charAt(p))) {
                lowSpacedScale = lowSpacedScale.multiply(BigDecimal.valueOf(numerals.value(text.charAt(p))));
                p++;
            }
            at = p;
        }
        Unit lowUnit = units.at(text, at);
        if (lowUnit != null) at += lowUnit.surface().length();
        if (text.startsWith("(含)", at)) at += 3;                      // 1万(含)-5万元
        // 20 - 100个: one space on each side of a dash or tilde
        boolean spaced = at + 1 < text.length() && text.charAt(at) == ' ' && "-~—–".indexOf(text.charAt(at + 1)) >= 0;
        if (spaced) at++;
        if (at >= text.length() || RANGE_CONNECTORS.indexOf(text.charAt(at)) < 0) return null;
        int connectorEnd = at + 1;
        // 1万元--5万元, 2——3万: a doubled dash is one connector
        if (connectorEnd < high.start() && text.charAt(connectorEnd) == text.charAt(at) && "-—".indexOf(text.charAt(at)) >= 0) connectorEnd++;
        if (spaced && (connectorEnd >= text.length() || text.charAt(connectorEnd++) != ' ')) return null;
        if (connectorEnd != high.start()) return null;
        Reading h = read(text, high, bare);
        if (h == null || h.approximate || h.high != null) return null;
        if (lowUnit != null && !lowUnit.kind().equals(h.unit.kind())) return null;
        ParsedNumber lowNumber = low.number();
        BigDecimal lowValue = lowNumber.value().multiply(lowSpacedScale);
        if (lowUnit == null && lowSpacedScale.compareTo(BigDecimal.ONE) == 0) {
            // 3至5亿元 and 一千到两千万元 borrow the high end's 亿 or 万; 两到三仟 its 仟; 8500到3万港元
            // borrows nothing, since 8500万 would pass the high end
            BigDecimal big = bigScale(text, high);
            BigDecimal borrowed = big.compareTo(BigDecimal.ONE) > 0 ? (hasBigScale(text, low) ? BigDecimal.ONE : big)
                    : (lowNumber.hasScale() ? BigDecimal.ONE : h.scale);
            BigDecimal scaled = lowValue.multiply(borrowed).multiply(h.unit.factor());
            if (scaled.compareTo(h.value) < 0) lowValue = lowValue.multiply(borrowed);
        }
        lowValue = lowValue.multiply(h.unit.factor());
        if (lowValue.compareTo(h.value) >= 0) return null;
        if (!context.conditionHolds(text, low, h.unit, lowNumber)) return null;
        return new Candidate(low.start(), h.end, h.unit, lowValue, h.value, false, "range",
                "amount." + h.unit.kind() + ".range", numerals.isScale(text.charAt(low.start())));
    }

    /** The product of the 万 and 亿 that end a numeral (三十万 → 10^4, 九百亿 → 10^8). */
    private BigDecimal bigScale(String text, NumeralRun run) {
        BigDecimal scale = BigDecimal.ONE;
        for (int i = run.end() - 1; i > run.start() && numerals.isScale(text.charAt(i)); i--) {
            int v = numerals.value(text.charAt(i));
            if (v < 10_000) break;
            scale = scale.multiply(BigDecimal.valueOf(v));
        }
        return scale;
    }

    private boolean hasBigScale(String text, NumeralRun run) {
        for (int i = run.start(); i < run.end(); i++) {
            if (numerals.isScale(text.charAt(i)) && numerals.value(text.charAt(i)) >= 10_000) return true;
        }
        return false;
    }

    /** What follows a numeral: its unit, the value in that unit, whether 多/余 made it approximate. */
    private record Reading(Unit unit, BigDecimal value, BigDecimal scale, int end, boolean approximate, BigDecimal high) {}

    private Reading read(String text, NumeralRun run, boolean bare) {
        // 12.5万千瓦, 5千米: the numeral's last scale characters may be the start of the unit
        int scalesFrom = run.end();
        while (scalesFrom > run.start() + 1 && numerals.isScale(text.charAt(scalesFrom - 1))) scalesFrom--;
        for (int k = scalesFrom; k < run.end(); k++) {
            Unit u = units.at(text, k);
            if (u != null && k + u.surface().length() > run.end()) {
                Optional<ParsedNumber> shorter = ChineseNumber.parseDetailed(text.subSequence(run.start(), k));
                if (shorter.isEmpty()) return null;
                return finish(text, run, shorter.get(), u, k, false, BigDecimal.ONE);
            }
        }
        int p = run.end();
        boolean approximate = false;
        BigDecimal extraScale = BigDecimal.ONE;
        if (p < text.length() && modifiers.startingAt(Modifier.Position.INFIX, text, p) != null) { approximate = true; p++; }
        // 两个亿: a measure word before the scale, as people say it
        boolean measured = p + 1 < text.length() && (text.charAt(p) == '个' || text.charAt(p) == '個')
                && (text.charAt(p + 1) == '亿' || text.charAt(p + 1) == '億');
        if (measured && !approximate) {
            p++;
            extraScale = BigDecimal.valueOf(100_000_000);
            p++;
        }
        while (!measured && p < text.length() && numerals.isScale(text.charAt(p)) && units.at(text, p) == null) {      // 3000多万元
            if (!approximate) return null;
            extraScale = extraScale.multiply(BigDecimal.valueOf(numerals.value(text.charAt(p))));
            p++;
        }
        if (!approximate && p < text.length() && modifiers.startingAt(Modifier.Position.INFIX, text, p) != null) { approximate = true; p++; }
        // 3000 万元; but a day or a year after a space is the next word's (总投资近30亿 天天快讯)
        if (p + 1 < text.length() && text.charAt(p) == ' ' && units.at(text, p + 1) != null
                && !units.at(text, p + 1).kind().equals("duration")) p++;
        if (p + 1 < text.length() && text.charAt(p) == ' ' && numerals.isScale(text.charAt(p + 1)) && !approximate) {
            p++;
            while (p < text.length() && numerals.isScale(text.charAt(p))) {
                extraScale = extraScale.multiply(BigDecimal.valueOf(numerals.value(text.charAt(p))));
                p++;
            }
        }
        Unit u = p < text.length() ? units.at(text, p) : null;
        if (u == null && unsaidYuan.holds(text, run, p)) {
            // 总投资近30亿, 5亿以下项目: money said without 元
            return finish(text, run, run.number(), YUAN_UNSAID, p, approximate, extraScale);
        }
        if (u == null) {
            if (!bare || extraScale.compareTo(BigDecimal.ONE) != 0) return null;
            return finish(text, run, run.number(), BARE, p, approximate, extraScale);
        }
        return finish(text, run, run.number(), u, p, approximate, extraScale);
    }

    private Reading finish(String text, NumeralRun run, ParsedNumber number, Unit u, int unitStart,
                           boolean approximate, BigDecimal extraScale) {
        int end = unitStart + u.surface().length();
        if (end < text.length() && text.charAt(end) == SIZE_CLASS) return null;
        // 40周年 counts anniversaries and 90年代 names a decade: neither is a span of time
        if (end < text.length() && u.kind().equals("duration") && (u.symbol().equals("week") && text.charAt(end) == '年'
                || u.symbol().equals("year") && text.charAt(end) == '代')) return null;
        // 750千伏输变电工程, 220千伏变电站: a voltage before the name of a facility is its class
        if (u.symbol() != null && u.symbol().equals("kV") && end < text.length() && Character.isIdeographic(text.charAt(end))
                && modifiers.startingAt(Modifier.Position.AFTER, text, end) == null) return null;
        // 2500多年: 多 after the digits makes the figure vague, so it cannot be a year
        ParsedNumber judged = approximate && !number.approximate()
                ? new ParsedNumber(number.value(), number.trailingScale(), number.chinese(), true, number.high()) : number;
        if (!context.conditionHolds(text, run, u, judged)) return null;
        if (u.condition() == Unit.Condition.STANDALONE && !context.colloquialYuan(text, run.start(), end)) return null;
        if (u.condition() == Unit.Condition.DISCOUNT && context.notDiscount.longestStartingAt(text, end - 1) > 0) return null;
        if (u.condition() == Unit.Condition.MORE || number.approximate()) approximate = true;
        // 增长88倍多: 多 after a multiple's 倍, as after the digits
        if (u.kind().equals("multiple") && number.high() == null && end < text.length() && text.charAt(end) == '多') {
            approximate = true;
            end++;
        }
        BigDecimal scale = number.trailingScale().multiply(extraScale);
        // 3亿度, 500万度电: 度 is a kilowatt-hour with 万 or 亿 or before 电; alone it is a degree (30多度, 360度)
        if (u.condition() == Unit.Condition.ELECTRIC && scale.compareTo(BigDecimal.valueOf(10_000)) < 0
                && (end >= text.length() || text.charAt(end) != '电' && text.charAt(end) != '電')) return null;
        BigDecimal factor = u.condition() == Unit.Condition.DISCOUNT && number.value().compareTo(BigDecimal.TEN) > 0
                ? BigDecimal.ONE : u.factor();                          // 八五折 = 85%, 八折 = 80%
        BigDecimal value = number.value().multiply(extraScale).multiply(factor);
        BigDecimal high = number.high() == null ? null : number.high().multiply(extraScale).multiply(u.factor());
        if (u.kind().equals("money") && high == null) {
            // 8亿元人民币, 三万元欧元: a currency after 元 names it
            if (u.symbol().equals("CNY") && (u.surface().equals("元") || u.surface().equals("圆"))) {
                Unit named = units.at(text, end);
                if (named != null && named.kind().equals("money") && named.condition() == Unit.Condition.ALWAYS) {
                    u = named;
                    end += named.surface().length();
                }
            }
            if (u.symbol().equals("CNY") && SmallChange.YUAN.indexOf(u.surface().isEmpty() ? ' ' : u.surface().charAt(0)) >= 0) {
                SmallChange.Change change = smallChange.change(text, end, approximate);
                value = value.add(change.value());
                end = change.end();
            }
        } else if ((u.kind().equals("quantity") || u.condition() == Unit.Condition.TENTH) && high == null
                && end < text.length() && text.charAt(end) == HALF
                && number.value().stripTrailingZeros().scale() <= 0 && !approximate) {
            value = value.add(new BigDecimal("0.5").multiply(extraScale).multiply(u.factor()));   // 一吨半, 两米半
            end++;
        }
        return new Reading(u, value, scale, end, approximate, high);
    }
}
