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

    public AmountExtractor() {
        NumeralTable numerals = NumeralTable.get();
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
