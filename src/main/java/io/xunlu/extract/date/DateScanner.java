package io.xunlu.extract.date;

import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.date.DateLexicon.AffixKind;
import io.xunlu.extract.date.Part.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The date grammar, run over one text. A small hand-written recursive-descent scanner instead of
 * regular expressions: every rule reads a bounded number of characters from its start (numbers at
 * most four digits, words at most a few characters), and a start is only tried at the first digit
 * of a digit run, so the whole scan is linear in the text length whatever the input.
 *
 * <p>This class holds the expression level (as-of prefixes, suffixes, ranges, the longest reading
 * at a position); the readings are in {@link CalendarRules}, {@link ClockRules},
 * {@link YearPartRules} and {@link WordRules}. Per-call state only; one instance per
 * {@link DateExtractor#extract} call.
 */
final class DateScanner extends DateRules {
    private final ClockRules times;
    private final YearPartRules yearParts;
    private final CalendarRules calendar;
    private final WordRules words;
    private final HolidayRules holidays;

    DateScanner(DateLexicon lex, String text, LocalDate published) {
        this(DateText.of(lex, text, published));
    }

    private DateScanner(DateText t) {
        super(t);
        times = new ClockRules(t);
        yearParts = new YearPartRules(t);
        holidays = new HolidayRules(t);
        calendar = new CalendarRules(t, times, yearParts, holidays);
        words = new WordRules(t, times, calendar, yearParts);
    }

    /** All expressions, leftmost-longest, skipping the given (sorted, disjoint) ranges. */
    List<DateFinding> scan(List<LocalSpan> skipped) {
        List<DateFinding> out = new ArrayList<>();
        int nextSkip = 0;
        int i = 0;
        while (i < n) {
            while (nextSkip < skipped.size() && skipped.get(nextSkip).end() <= i) nextSkip++;
            if (nextSkip < skipped.size() && skipped.get(nextSkip).start() <= i) {
                i = skipped.get(nextSkip).end();
                continue;
            }
            Part p = canStart(i) ? expression(i) : null;
            if (p == null) {
                i++;
                continue;
            }
            out.add(new DateFinding(new LocalSpan(i, p.end()), p.kind().label(), p.when() == null ? null : p.when().iso(), p.rule()));
            i = p.end();
        }
        return out;
    }

    /** expression = [截至] range-or-core [以来 | 前 | 至今] */
    private Part expression(int i) {
        Part best = withSuffix(rangeOrCore(i));
        var prefix = lex.affixes.longestAt(s, i);
        if (prefix != null && prefix.value() == AffixKind.FROM) {
            // 自2013年第三季度以来: 自 opens a span that 以来 closes, and changes nothing of its value
            Part inner = withSuffix(rangeOrCore(prefix.end(i)));
            if (inner != null && inner.rule().endsWith("+since") && (best == null || inner.end() > best.end()))
                best = new Part(inner.end(), inner.when(), inner.kind(), "from+" + inner.rule());
        }
        if (prefix != null && prefix.value() == AffixKind.NEAR) {
            // 临近春节: the span opens with the word, the value stays what follows
            Part inner = withSuffix(rangeOrCore(prefix.end(i)));
            if (inner != null && (best == null || inner.end() > best.end()))
                best = new Part(inner.end(), inner.when(), inner.kind(), "near+" + inner.rule());
        }
        if (prefix != null && prefix.value() == AffixKind.PREFIX) {
            Part inner = withSuffix(rangeOrCore(prefix.end(i)));
            // 截至9月底 is a point in time: the last day of what follows
            if (inner != null && (best == null || inner.end() > best.end()))
                best = new Part(inner.end(), inner.when() == null ? null : When.day(inner.when().last()), inner.kind(), "as-of+" + inner.rule());
        }
        return best;
    }

    private Part withSuffix(Part p) {
        if (p == null) return null;
        var suffix = lex.affixes.longestAt(s, p.end());
        if (suffix == null) return p;
        int end = suffix.end(p.end());
        switch (suffix.value()) {
            case SINCE -> {
                When since = p.when() != null && ref != null && !p.when().first().isAfter(ref) ? When.days(p.when().first(), ref) : null;
                return new Part(end, since, Kind.PERIOD, p.rule() + "+since");
            }
            case BEFORE -> {
                // 今年前 is the start of 今年前7个月 more often than a deadline; 前往/前来 are verbs, not deadlines
                if (suffix.word().equals("前") && p.bareYear()) return p;
                if (lex.notBefore.longestAt(s, p.end()) != null) return p;
                return new Part(end, deadline(p.when()), Kind.PERIOD, p.rule() + "+before");
            }
            case AROUND -> { return new Part(end, p.when(), p.kind(), p.rule() + "+around"); }
            default -> { return p; }
        }
    }

    /**
     * 6月底前: from the publication date to the deadline (JioNLP's reading). A deadline already past,
     * or a period already under way (2020至2025年前), keeps its own value.
     */
    private When deadline(When anchor) {
        if (anchor == null || ref == null || anchor.last().isBefore(ref)) return anchor;
        if (!anchor.first().isAfter(ref) && !anchor.first().equals(anchor.last())) return anchor;
        return When.days(ref, anchor.last());
    }

    private Part rangeOrCore(int i) {
        Part first = core(i, ref, false);
        if (first == null) return null;
        int j = separatorEnd(first.end());
        if (j < 0 || !canStart(j)) return first;
        // the second end inherits what the first one fixed: 10月15日至16日, 9时至21时
        Part second = core(j, first.when() == null ? ref : first.when().first(), true);
        if (second == null) return first;
        When both = first.when() == null || second.when() == null ? null : first.when().through(afternoonLike(first.when(), second.when()));
        return new Part(second.end(), both, Kind.PERIOD, first.rule() + "~" + second.rule());
    }

    /** 下午1点到3点: a second clock time earlier than an afternoon first one is in the afternoon too. */
    private static When afternoonLike(When first, When second) {
        if (first.firstTime() == null || second.firstTime() == null || !first.first().equals(second.first())) return second;
        if (first.firstTime().getHour() < 12 || second.firstTime().getHour() >= 12 || !second.firstTime().isBefore(first.firstTime()))
            return second;
        return second.first().equals(second.last()) ? new When(second.first(), second.last(), second.firstTime().plusHours(12), null) : second;
    }

    /**
     * The longest expression starting at i. ctx is the date that bare days belong to; as the second
     * end of a range (continuation) clock times and parts of the day belong to it too (9时至21时).
     */
    private Part core(int i, LocalDate ctx, boolean continuation) {
        When ctxDay = continuation && ctx != null ? When.day(ctx) : null;
        Part best = calendar.iso(i);
        best = longer(best, calendar.webStamp(i));
        best = longer(best, calendar.yearLed(i));
        best = longer(best, calendar.yearSeason(i));
        best = longer(best, calendar.monthLed(i, ctx == null ? null : ctx.getYear(), !continuation, Kind.ABSOLUTE, "md"));
        best = longer(best, yearParts.yearPeriod(i, ref == null ? null : ref.getYear(), true));
        best = longer(best, words.relativeLed(i));
        best = longer(best, words.seasonLed(i));
        best = longer(best, words.relativePair(i));
        best = longer(best, words.fiveYearPlan(i));
        best = longer(best, times.dayPartLed(i, ctxDay));
        best = longer(best, times.clock(i, ctxDay, "clock"));
        if (continuation) best = longer(best, times.colonTime(i, ctxDay));
        else best = longer(best, times.bareColonTime(i));
        best = longer(best, times.weekdayLed(i));
        best = longer(best, times.bareDay(i, ctx, continuation));
        best = longer(best, words.vague(i));
        best = longer(best, holidays.holiday(i, null));
        best = longer(best, words.countedAgo(i));
        best = longer(best, words.lunarDate(i));
        best = longer(best, words.countedSince(i));
        best = longer(best, words.monthPartAlone(i));
        return best;
    }
}
