package io.xunlu.extract.amount;

import io.xunlu.extract.ArticleText;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.number.BookTitles;
import io.xunlu.extract.number.NumberScanner;
import io.xunlu.extract.number.NumeralRun;
import io.xunlu.extract.number.NumeralTable;
import io.xunlu.extract.number.UrlMask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    private final NumberScanner scanner = new NumberScanner();
    private final ModifierTable modifiers = new ModifierTable();
    private final AttributeRule attributes = new AttributeRule();
    private final FigureReader reader;
    private final WordLedFigures wordLed;
    private final NumeralTable numerals = NumeralTable.get();

    public AmountExtractor() {
        UnitTable units = new UnitTable();
        UnitContext context = new UnitContext(numerals, modifiers);
        reader = new FigureReader(numerals, units, modifiers, context);
        wordLed = new WordLedFigures(scanner, numerals, units, context, reader);
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
            if (inTitle[run.start()] || reader.eachOne(text, run)) continue;
            NumeralRun next = r + 1 < runs.size() ? runs.get(r + 1) : null;
            Candidate c = reader.range(text, run, next, bare);
            if (c == null && reader.splitTwoCurrencies(text, run, candidates)) continue;
            if (c == null) c = reader.single(text, run, bare);
            if (c != null) candidates.add(c);
        }
        wordLed.addPrefixed(text, inTitle, candidates);
        wordLed.addHalves(text, inTitle, candidates);
        wordLed.addVagueScales(text, inTitle, candidates);
        return settle(text, candidates);
    }

    /** Leftmost-longest among overlapping candidates, then modifiers and attribute for each kept one. */
    private List<AmountFinding> settle(String text, List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt(Candidate::start).thenComparing(c -> -(c.end() - c.start())));
        List<AmountFinding> out = new ArrayList<>();
        int lastEnd = 0;
        for (Candidate c : candidates) {
            if (c.start() < lastEnd || countOfPercents(text, c)) continue;
            c = rate(text, c, lastEnd);
            int start = c.start(), end = c.end();
            boolean approximate = c.approximate();
            String bound = c.bound();
            Modifier before = modifiers.endingAt(Modifier.Position.BEFORE, text, start, lastEnd);
            if (before == null && c.startsWithScale())
                before = modifiers.endingAt(Modifier.Position.BEFORE_SCALE, text, start, lastEnd);
            // 经过1年, 通过3年: 过 ends a verb there, it is no bound
            if (before != null && before.surface().equals("过") && start - 2 >= 0 && VERB_BEFORE_GUO.indexOf(text.charAt(start - 2)) >= 0) before = null;
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

    /** 7个100%, 六个百分之百: a count of percents lists targets; none is a figure of its own. */
    private boolean countOfPercents(String text, Candidate c) {
        int s = c.start();
        if (!c.unit().kind().equals("percent") || s < 2 || text.charAt(s - 1) != '个' && text.charAt(s - 1) != '個') return false;
        char n = text.charAt(s - 2);
        return Character.isDigit(n) || numerals.isNumeral(n);
    }

    /** 每小时160公里, 每天2400吨: a quantity per hour or per day is a rate (km/h, t/d). */
    private static Candidate rate(String text, Candidate c, int floor) {
        if (!c.unit().kind().equals("quantity") || c.unit().symbol().contains("/")) return c;
        for (String[] per : PER) {
            int s = c.start() - per[0].length();
            if (s >= floor && text.startsWith(per[0], s)) {
                Unit u = new Unit(c.unit().surface(), "quantity", c.unit().symbol() + per[1], c.unit().factor(), c.unit().condition());
                return new Candidate(s, c.end(), u, c.value(), c.high(), c.approximate(), c.bound(), c.rule() + ".rate", false);
            }
        }
        return c;
    }

    /** Characters that make a following 过 the end of a verb (经过, 通过, 度过, 越过, 穿过). */
    private static final String VERB_BEFORE_GUO = "经經通度越穿";

    /** What a rate is per, as written before its figure, and the symbol it adds. */
    private static final String[][] PER = {{"每小时", "/h"}, {"每小時", "/h"}, {"每天", "/d"}, {"每日", "/d"}};

    /** 上下游 (upstream and downstream) is not the modifier 上下. */
    private static boolean isUpstream(String text, int at) {
        return text.startsWith("上下游", at);
    }
}
