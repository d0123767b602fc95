package io.xunlu.extract.amount;

import io.xunlu.models.ModelFile;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.number.BookTitles;
import io.xunlu.extract.number.ChineseNumber;
import io.xunlu.extract.number.NumberScanner;
import io.xunlu.extract.number.NumeralRun;
import io.xunlu.extract.number.NumeralTable;
import io.xunlu.extract.number.ParsedNumber;
import io.xunlu.extract.number.UrlMask;
import io.xunlu.extract.number.WordList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds money figures, quantities, percents, durations and multiples with their modifiers,
 * ranges and attributes. Built once from models/numbers/; immutable and safe for concurrent use.
 *
 * <p>Shape of a figure: [before-modifier] numeral [多|余] [scales] [多|余] [space] unit
 * [after-modifier], or a range numeral (至|到|-|~) numeral unit, or a prefix unit (百分之十五),
 * or 半 + a duration unit (半小时). Size classes (千亿元级) and figures inside 《》 titles are not
 * amounts. Candidates that overlap are settled leftmost-longest.
 */
public final class AmountExtractor {
    /** Range connectors between the low and high end (3至5亿元, 3-5亿元, 3~5亿元). */
    private static final String RANGE_CONNECTORS = "至到-~〜～—–";
    /** A duration cue must stand this close before the figure (历时9个月, 连续3年). */
    private static final int CUE_REACH = 6;
    /** A figure followed by this is a size class (50亿级项目, 百亿元级), never an amount. */
    private static final char SIZE_CLASS = '级';
    private static final char HALF = '半';
    /** How far back in its clause a price word makes 块 the colloquial yuan (花费我三块). */
    private static final int PRICE_REACH = 12;
    /** The unit of a bare figure (figures() only): nothing written, kind number. */
    private static final Unit BARE = new Unit("", "number", null, BigDecimal.ONE, Unit.Condition.ALWAYS);

    private final NumberScanner scanner = new NumberScanner();
    private final NumeralTable numerals = NumeralTable.get();
    private final UnitTable units = new UnitTable();
    private final ModifierTable modifiers = new ModifierTable();
    private final WordList durationCues;
    private final WordList durationContext;
    private final WordList priceWords = new WordList(ModelFile.lines("numbers/price-words.txt"));
    private final WordList notDiscount = new WordList(ModelFile.lines("numbers/not-discount.txt"));
    private final List<String> durationBlocks;
    private final AttributeRule attributes = new AttributeRule();

    public AmountExtractor() {
        List<String> cues = new ArrayList<>(), blocks = new ArrayList<>();
        for (String[] row : ModelFile.rows("numbers/duration-cues.tsv", 2)) {
            (row[1].trim().equals("block") ? blocks : cues).add(row[0]);
        }
        durationCues = new WordList(cues);
        List<String> all = new ArrayList<>(cues);
        all.addAll(blocks);
        durationContext = new WordList(all);
        durationBlocks = List.copyOf(blocks);
    }

    /** The amounts of one article text, in text order. */
    public List<AmountFinding> extract(ArticleText article) {
        return find(article.text(), false);
    }

    /**
     * Like {@link #extract}, and also every bare figure with its bounds and ranges (五百以上,
     * 一到五, 二百三十余万) as kind "number" with a null unit. Amounts and counts never use these;
     * they resolve numbers for callers that know what is counted (and the conformance suites).
     */
    public List<AmountFinding> figures(ArticleText article) {
        return find(article.text(), true);
    }

    private List<AmountFinding> find(String text, boolean bare) {
        boolean[] inTitle = BookTitles.mask(text);
        UrlMask.apply(text, inTitle);
        List<Candidate> candidates = new ArrayList<>();
        List<NumeralRun> runs = scanner.scan(text);
        for (int r = 0; r < runs.size(); r++) {
            NumeralRun run = runs.get(r);
            if (inTitle[run.start()] || eachOne(text, run)) continue;
            NumeralRun next = r + 1 < runs.size() ? runs.get(r + 1) : null;
            Candidate c = range(text, run, next, bare);
            if (c == null && splitTwoCurrencies(text, run, candidates)) continue;
            if (c == null) c = single(text, run, bare);
            if (c != null) candidates.add(c);
        }
        addPrefixed(text, inTitle, candidates);
        addHalves(text, inTitle, candidates);
        addVagueScales(text, inTitle, candidates);
        return settle(text, candidates);
    }

    /** A figure read off the text before modifiers and attribute: [start, end) covers numeral and unit. */
    private record Candidate(int start, int end, Unit unit, BigDecimal value, BigDecimal high,
                             boolean approximate, String bound, String rule, boolean startsWithScale) {}

    /** numeral [多|余] [scales] [多|余] [space] unit; or a numeral whose last scales begin the unit (12.5万千瓦). */
    private Candidate single(String text, NumeralRun run, boolean bare) {
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
        String rule = "amount." + unit.kind() + (unit.condition() == Unit.Condition.DISCOUNT ? ".discount" : "");
        return new Candidate(start, r.end, unit, r.value, null, r.approximate,
                r.approximate ? "min" : null, rule, numerals.isScale(text.charAt(run.start())));
    }

    /**
     * $20,300美元: one figure cannot carry two currencies, so when a currency sign stands before a
     * comma-grouped figure and a currency word after it, the comma lists two prices ($20 and
     * 300美元). A generic 元 after the figure takes the sign's currency instead ($20,300元 is one).
     */
    private boolean splitTwoCurrencies(String text, NumeralRun run, List<Candidate> into) {
        Unit prefix = currencyBefore(text, run.start());
        if (prefix == null || run.number().high() != null || run.number().approximate()) return false;
        int comma = run.start();
        while (comma < run.end() && text.charAt(comma) != ',') comma++;          // inside the run only: linear
        if (comma >= run.end()) return false;
        Reading r = read(text, run, false);
        if (r == null || r.high != null || r.approximate || !r.unit.kind().equals("money")
                || r.unit.condition() != Unit.Condition.ALWAYS || YUAN.indexOf(r.unit.surface().charAt(0)) >= 0) return false;
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
    private static boolean eachOne(String text, NumeralRun run) {
        return run.end() - run.start() == 1 && text.charAt(run.start()) == '一' && run.start() > 0
                && (text.charAt(run.start() - 1) == '每');
    }

    /** A currency written before the figure, at most two spaces away (新台币 177.1亿元); or null. */
    private Unit currencyBefore(String text, int start) {
        int end = start;
        while (end > 0 && start - end < 2 && text.charAt(end - 1) == ' ') end--;
        Unit u = units.prefixEndingAt(text, end, Math.max(0, end - 4));
        return u != null && u.kind().equals("money") ? u : null;
    }

    private int prefixStart(String text, int start, Unit prefix) {
        int end = start;
        while (end > 0 && start - end < 2 && text.charAt(end - 1) == ' ') end--;
        return end - prefix.surface().length();
    }

    /** low (至|到|-|~) high unit, where the low end may carry its own unit or borrow the high end's scale. */
    private Candidate range(String text, NumeralRun low, NumeralRun high, boolean bare) {
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
        if (!conditionHolds(text, low, h.unit, lowNumber)) return null;
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
        if (p + 1 < text.length() && text.charAt(p) == ' ' && units.at(text, p + 1) != null) p++;   // 3000 万元
        if (p + 1 < text.length() && text.charAt(p) == ' ' && numerals.isScale(text.charAt(p + 1)) && !approximate) {
            p++;
            while (p < text.length() && numerals.isScale(text.charAt(p))) {
                extraScale = extraScale.multiply(BigDecimal.valueOf(numerals.value(text.charAt(p))));
                p++;
            }
        }
        Unit u = p < text.length() ? units.at(text, p) : null;
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
        if (!conditionHolds(text, run, u, number)) return null;
        if (u.condition() == Unit.Condition.STANDALONE && !colloquialYuan(text, run.start(), end)) return null;
        if (u.condition() == Unit.Condition.DISCOUNT && notDiscount.longestStartingAt(text, end - 1) > 0) return null;
        if (u.condition() == Unit.Condition.MORE || number.approximate()) approximate = true;
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
            if (u.symbol().equals("CNY") && YUAN.indexOf(u.surface().charAt(0)) >= 0) {
                Change change = change(text, end, approximate);
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

    /**
     * 块 is yuan only when small change or 钱 follows (十块三毛, 一块二, 十块钱): alone it is a measure
     * word far more often in news (光伏组件约72万块, 三块地).
     */
    private boolean standsAlone(String text, int end) {
        if (end >= text.length()) return false;
        char c = text.charAt(end);
        return numerals.isDigit(c) || c == '钱' || c == '錢';
    }

    /**
     * 块 after a numeral is the colloquial yuan when small change or 钱 follows, or when nothing it
     * could count is written beside it: no noun follows (三块地, 一块蛋糕 count), and the clause
     * before the figure is empty (三五百块, 7块以上) or says price (花费我三块, 每斤卖到十块). A noun
     * before the figure without a price word is what 块 counts (光伏组件约72万块).
     */
    private boolean colloquialYuan(String text, int start, int end) {
        if (standsAlone(text, end)) return true;
        if (end < text.length()) {
            char c = text.charAt(end);
            if (Character.isLetterOrDigit(c) && PARTICLES.indexOf(c) < 0 && !modifierAt(text, end)) return false;
        }
        int s = skipBeforeModifier(text, start);
        int from = s;
        while (from > 0 && s - from < PRICE_REACH && !clauseBreak(text.charAt(from - 1))) from--;
        boolean empty = from == 0 || clauseBreak(text.charAt(from - 1));
        for (int i = from; empty && i < s; i++) empty = Character.isWhitespace(text.charAt(i));
        return empty || priceWords.lastOccurrence(text, from, s) >= 0;
    }

    /** Sentence particles that may close a figure (挣了三千块呢). */
    private static final String PARTICLES = "了呢吧啊吗嗎";

    /** Punctuation that ends a clause (text is width-folded: ，becomes ,). */
    private static final String CLAUSE_BREAKS = ",.;:!?、。；：！？\n\"“”‘’()（）《》";

    private static boolean clauseBreak(char c) {
        return CLAUSE_BREAKS.indexOf(c) >= 0;
    }

    /** Characters of the units after which 角 and 分 may follow (元, 圆, 块). */
    private static final String YUAN = "元圆圓块塊";

    private record Change(BigDecimal value, int end) {}

    /**
     * 123元1角1分, 十块三毛, 三块零四, 一块二, 壹拾壹元整: the small change after a yuan figure.
     * A lone digit after 块 is 角 (一块二 = 1.2); 零 and a digit are 分 (三块零四 = 3.04).
     */
    private Change change(String text, int end, boolean approximate) {
        BigDecimal add = BigDecimal.ZERO;
        int p = end;
        if (p < text.length() && (text.charAt(p) == '整' || text.charAt(p) == '正')) return new Change(add, p + 1);
        if (approximate) return new Change(add, p);
        int jiao = digitAt(text, p);
        if (jiao >= 0 && p + 1 < text.length() && "角毛".indexOf(text.charAt(p + 1)) >= 0) {
            add = add.add(BigDecimal.valueOf(jiao).movePointLeft(1));
            p += 2;
        } else if (jiao > 0 && (p + 1 >= text.length() || !numerals.isNumeral(text.charAt(p + 1)) && text.charAt(p + 1) != '.'
                && "分钱".indexOf(text.charAt(p + 1)) < 0 && !Character.isLetter(text.charAt(p + 1)) || modifierAt(text, p + 1))
                && !Character.isDigit(text.charAt(p))) {
            return new Change(BigDecimal.valueOf(jiao).movePointLeft(1), p + 1);
        } else if (jiao == 0 && digitAt(text, p + 1) > 0 && !Character.isDigit(text.charAt(p))) {
            int fen = digitAt(text, p + 1);
            int q = p + 2;
            if (q < text.length() && text.charAt(q) == '分') q++;
            else if (q < text.length() && numerals.isNumeral(text.charAt(q))) return new Change(add, p);
            return new Change(BigDecimal.valueOf(fen).movePointLeft(2), q);
        }
        int fen = digitAt(text, p);
        if (fen >= 0 && p + 1 < text.length() && text.charAt(p + 1) == '分') {
            add = add.add(BigDecimal.valueOf(fen).movePointLeft(2));
            p += 2;
        } else if (p > end && fen > 0 && (p + 1 >= text.length() || !numerals.isNumeral(text.charAt(p + 1)))
                && !Character.isDigit(text.charAt(p))) {
            add = add.add(BigDecimal.valueOf(fen).movePointLeft(2));     // 两毛五
            p += 1;
        }
        if (p > end && p < text.length() && (text.charAt(p) == '钱' || text.charAt(p) == '錢')) p++;
        return new Change(add, p);
    }

    private boolean modifierAt(String text, int at) {
        return at < text.length() && modifiers.startingAt(Modifier.Position.AFTER, text, at) != null;
    }

    /** The single digit (Chinese or ASCII) at p when it stands alone as a digit there, else -1. */
    private int digitAt(String text, int p) {
        if (p >= text.length()) return -1;
        char c = text.charAt(p);
        if (c >= '0' && c <= '9') return (p + 1 < text.length() && Character.isDigit(text.charAt(p + 1))) ? -1 : c - '0';
        return numerals.isDigit(c) ? numerals.value(c) : -1;
    }

    private boolean conditionHolds(String text, NumeralRun run, Unit u, ParsedNumber number) {
        switch (u.condition()) {
            case TENTH:
                // 三成, 9成, 7.2成: a tenth counts at most ten
                return number.value().signum() > 0 && number.value().compareTo(BigDecimal.TEN) <= 0 && number.high() == null;
            case DISCOUNT:
                // 八折, 8.5折 (tenths, below ten); 八五折, 75折: two digits said one by one are the percent
                if (number.high() != null || number.approximate() || number.value().signum() <= 0) return false;
                if (number.value().compareTo(BigDecimal.TEN) < 0) return true;
                return number.value().compareTo(BigDecimal.valueOf(100)) < 0 && number.value().stripTrailingZeros().scale() <= 0
                        && run.end() - run.start() == 2 && number.value().remainder(BigDecimal.TEN).signum() != 0
                        && !numerals.isScale(text.charAt(run.start())) && !numerals.isScale(text.charAt(run.start() + 1));
            case CUE:
                // 2023年 is a year; a span of years needs a cue such as 历时 or 连续
                return number.value().compareTo(BigDecimal.valueOf(1000)) < 0 && hasDurationCue(text, run.start());
            default:
                if (u.kind().equals("duration") && blockedPeriod(text, run.start())) return false;
                return true;
        }
    }

    private boolean hasDurationCue(String text, int start) {
        int from = Math.max(0, start - CUE_REACH);
        for (int end = start; end > from; end--) {
            char c = text.charAt(end - 1);
            if (c == ',' || c == '。' || c == ';' || c == '\n') return false;
            if (durationCues.longestEndingAt(text, end, from) > 0) return true;
        }
        return false;
    }

    /** 前5个月 is a period of the calendar, 提前5个月 a span: the longest context word decides. */
    private boolean blockedPeriod(String text, int start) {
        int s = skipBeforeModifier(text, start);
        int len = durationContext.longestEndingAt(text, s, Math.max(0, s - 4));
        return len > 0 && durationBlocks.contains(text.substring(s - len, s));
    }

    private int skipBeforeModifier(String text, int start) {
        Modifier m = modifiers.endingAt(Modifier.Position.BEFORE, text, start, Math.max(0, start - 4));
        return m == null ? start : start - m.surface().length();
    }

    /** 百分之十五, 千分之五: the unit stands before its numeral. */
    private void addPrefixed(String text, boolean[] inTitle, List<Candidate> into) {
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
    private void addHalves(String text, boolean[] inTitle, List<Candidate> into) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = (c == '对' || c == '對') && afterDa(text, i);
            if (c != HALF && !pair || inTitle[i]) continue;
            Unit u = units.at(text, i + 1);
            if (u == null) continue;
            if (u.condition() == Unit.Condition.DISCOUNT) {
                if (notDiscount.longestStartingAt(text, i + u.surface().length()) > 0) continue;
                into.add(new Candidate(i, i + 1 + u.surface().length(), u, BigDecimal.valueOf(50), null, false, null,
                        "amount.percent.discount", false));
                continue;
            }
            if (pair) continue;
            boolean tenth = u.condition() == Unit.Condition.TENTH;
            if (!u.kind().equals("duration") && !tenth) continue;
            if (i > 0 && "上下前后".indexOf(text.charAt(i - 1)) >= 0) continue;
            if (u.condition() == Unit.Condition.CUE && !hasDurationCue(text, i)) continue;
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
    private void addVagueScales(String text, boolean[] inTitle, List<Candidate> into) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '几' && c != '幾' && c != '数' && c != '數' || inTitle[i] || !numerals.isScale(text.charAt(i + 1))) continue;
            int p = i + 1;
            BigDecimal scale = BigDecimal.ONE;
            while (p < text.length() && p - i <= 3 && numerals.isScale(text.charAt(p))) {
                scale = scale.multiply(BigDecimal.valueOf(numerals.value(text.charAt(p))));
                p++;
            }
            Unit u = units.at(text, p);
            if (u == null || !u.kind().equals("money") && !u.kind().equals("quantity")) continue;
            int end = p + u.surface().length();
            if (u.condition() == Unit.Condition.STANDALONE && !colloquialYuan(text, i, end)) continue;
            Unit unit = u;
            int start = i;
            Unit prefix = currencyBefore(text, i);
            if (u.kind().equals("money") && u.symbol().equals("CNY")) {
                Unit named = units.at(text, end);
                if (named != null && named.kind().equals("money") && named.condition() == Unit.Condition.ALWAYS) {
                    unit = named;                                        // 数十亿元人民币
                    end += named.surface().length();
                } else if (prefix != null) {
                    unit = new Unit(u.surface(), u.kind(), prefix.symbol(), u.factor(), u.condition());
                }
                if (prefix != null) start = prefixStart(text, i, prefix);   // 人民币数十亿元
            }
            into.add(new Candidate(start, end, unit, scale.multiply(u.factor()), null, true, "min",
                    "amount." + u.kind() + ".vague", false));
            i = end - 1;
        }
    }

    /** Leftmost-longest among overlapping candidates, then modifiers and attribute for each kept one. */
    private List<AmountFinding> settle(String text, List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt(Candidate::start).thenComparing(c -> -(c.end() - c.start())));
        List<AmountFinding> out = new ArrayList<>();
        int lastEnd = 0;
        for (Candidate c : candidates) {
            if (c.start() < lastEnd) continue;
            int start = c.start(), end = c.end();
            boolean approximate = c.approximate();
            String bound = c.bound();
            Modifier before = modifiers.endingAt(Modifier.Position.BEFORE, text, start, lastEnd);
            if (before == null && c.startsWithScale())
                before = modifiers.endingAt(Modifier.Position.BEFORE_SCALE, text, start, lastEnd);
            boolean isRange = "range".equals(c.bound());
            if (before != null && !isRange) {
                start -= before.surface().length();
                approximate |= before.approximate();
                if (bound == null) bound = before.bound();
            }
            int afterAt = text.startsWith("(含)", end) ? end + 3 : end;    // 50万元(含)以上
            Modifier after = modifiers.startingAt(Modifier.Position.AFTER, text, afterAt);
            if (after != null && !isRange && !isUpstream(text, afterAt)) {
                end = afterAt + after.surface().length();
                approximate |= after.approximate();
                if (after.bound() != null) bound = after.bound();
            }
            String previous = !out.isEmpty() && out.get(out.size() - 1).kind().equals(c.unit().kind()) ? out.get(out.size() - 1).attribute() : null;
            String attribute = c.unit().kind().equals("number") ? null : attributes.attribute(text, start, end, lastEnd, c.unit().kind(), previous);
            out.add(new AmountFinding(new LocalSpan(start, end), c.unit().kind(), c.value().stripTrailingZeros(),
                    c.high() == null ? null : c.high().stripTrailingZeros(), c.unit().symbol(), approximate, bound,
                    attribute, c.rule()));
            lastEnd = end;
        }
        return out;
    }

    /** 上下游 (upstream and downstream) is not the modifier 上下. */
    private static boolean isUpstream(String text, int at) {
        return text.startsWith("上下游", at);
    }
}
