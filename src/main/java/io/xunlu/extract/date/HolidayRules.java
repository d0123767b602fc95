package io.xunlu.extract.date;

import io.xunlu.extract.date.Part.Kind;
import java.time.LocalDate;

/**
 * Holidays (春节, 国庆节), quoted (“五一”), joined (中秋、国庆, “中秋·国庆”, 元旦春节) and with the
 * word that makes them the holiday period (“五一”假期, 新春佳节, 国庆长假). A single holiday of
 * fixed date resolves to that day of the given year (or of publication); lunar ones and joined
 * ones stay unresolved.
 */
final class HolidayRules extends DateRules {
    private static final String OPEN_QUOTES = "“\"「‘", CLOSE_QUOTES = "”\"」’";
    /** What may stand between two joined holidays (中秋、国庆, 中秋·国庆, 元旦和春节). */
    private static final String JOINERS = "、·•和与及暨";
    /** More holidays than this in one expression is a list, not a period. */
    private static final int MAX_JOINED = 3;

    HolidayRules(DateText t) { super(t); }

    /** The holiday expression at i, or null; year is the written year before it, null for the publication year. */
    Part holiday(int i, Integer year) {
        int p = i;
        int quote = OPEN_QUOTES.indexOf(charAt(p));
        if (quote >= 0) p++;
        var first = lex.holidays.longestAt(s, p);
        if (first == null) return null;
        p = first.end(p);
        int firstEnd = p;
        int joined = 0;
        while (joined < MAX_JOINED) {
            int q = p;
            if (quote >= 0 && charAt(q) == CLOSE_QUOTES.charAt(quote) && charAt(q + 1) == OPEN_QUOTES.charAt(quote)) q += 2;
            else if (JOINERS.indexOf(charAt(q)) >= 0) q++;
            var next = lex.holidays.longestAt(s, q);
            if (next == null) break;
            p = next.end(q);
            joined++;
        }
        if (quote >= 0) {
            if (charAt(p) != CLOSE_QUOTES.charAt(quote)) return null;
            p++;
        }
        var period = lex.holidayPeriods.longestAt(s, p);
        if (period != null) p = period.end(p);
        boolean bare = period == null && lex.affixes.longestAt(s, p) == null;
        // 十一 and 清明 alone are a number and a word
        if (bare && first.value().needsContext()) return null;
        // 中秋、国庆 with nothing after them are two holidays, each found where it stands; a bare
        // quoted one (“中秋”) is the holiday inside its quotes
        if (bare && (joined > 0 || quote >= 0)) {
            When when = first.value().month() > 0 && (year != null || ref != null)
                    ? When.day(LocalDate.of(year != null ? year : ref.getYear(), first.value().month(), first.value().day())) : null;
            return quote >= 0 ? null : new Part(firstEnd, when, when != null ? Kind.ABSOLUTE : Kind.RELATIVE, "holiday");
        }
        boolean fixed = joined == 0 && first.value().month() > 0;
        Integer y = year != null ? year : ref == null ? null : ref.getYear();
        When when = fixed && y != null ? When.day(LocalDate.of(y, first.value().month(), first.value().day())) : null;
        return new Part(p, when, fixed ? Kind.ABSOLUTE : Kind.RELATIVE, joined > 0 ? "holidays" : "holiday");
    }
}
