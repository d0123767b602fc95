package io.xunlu.extract.date;

import io.xunlu.extract.date.DateLexicon.MonthPart;
import io.xunlu.extract.date.DateLexicon.Unit;
import io.xunlu.extract.date.NumberReader.Num;
import io.xunlu.extract.date.Part.Kind;
import java.time.LocalDate;
import java.time.YearMonth;

/** Written calendar dates: ISO dates (2023-04-20), years (2023年, 今年) and what follows them, months and days. */
final class CalendarRules extends DateRules {
    private final ClockRules times;
    private final YearPartRules yearParts;
    private final HolidayRules holidays;

    CalendarRules(DateText t, ClockRules times, YearPartRules yearParts, HolidayRules holidays) {
        super(t);
        this.holidays = holidays;
        this.times = times;
        this.yearParts = yearParts;
    }

    /** 2020春季: a year in digits without 年, then a season. */
    Part yearSeason(int i) {
        Num y = digits(i, 4, 4);
        if (y == null || y.value() < 1900 || y.value() > 2100) return null;
        char c = charAt(y.end());
        if (!lex.seasons.containsKey(c) || charAt(y.end() + 1) != '季' || charAt(y.end() + 2) == '度') return null;
        return new Part(y.end() + 2, YearPartRules.season(y.value(), lex.seasons.get(c)), Kind.PERIOD, "year+season");
    }

    Part iso(int i) {
        Num y = digits(i, 4, 4);
        if (y == null || y.value() < 1900 || y.value() > 2100 || y.end() >= n) return null;
        // news/2019-04-17/123.htm: a segment of a web address, not a date of the text
        if (charAt(i - 1) == '/') return null;
        char sep = s.charAt(y.end());
        if (sep != '-' && sep != '/' && sep != '.') return null;
        Num m = digits(y.end() + 1, 1, 2);
        if (m == null || charAt(m.end()) != sep) return null;
        Num d = digits(m.end() + 1, 1, 2);
        if (d == null || Character.isDigit(charAt(d.end())) || charAt(d.end()) == '/') return null;
        LocalDate date = date(y.value(), m.value(), d.value());
        if (date == null) return null;
        Part p = new Part(d.end(), When.day(date), Kind.ABSOLUTE, "iso-date");
        Part timed = withClock(p, "iso-date-time");
        return timed == null ? p : timed;
    }

    /** The day p and the clock time one or two spaces (or a T) after it, as one stamp; or null. */
    private Part withClock(Part p, String rule) {
        int t = p.end();
        if (charAt(t) == 'T' || charAt(t) == ' ') t++;
        else return null;
        if (charAt(t) == ' ') t++;
        Part time = times.colonTime(t, p.when());
        return time == null ? null : new Part(time.end(), time.when(), Kind.ABSOLUTE, rule);
    }

    /**
     * 13.04.2016 15:41, 23-09-15 17:07: stamps some web pages write day first (dd.mm.yyyy) or with a
     * two-digit year first (yy-mm-dd); the latter only with its clock time, which nothing else has.
     */
    Part webStamp(int i) {
        Num a = digits(i, 2, 2);
        if (a == null || charAt(i - 1) == '/' || charAt(i - 1) == '.') return null;
        char sep = charAt(a.end());
        if (sep != '.' && sep != '-') return null;
        Num b = digits(a.end() + 1, 2, 2);
        if (b == null || charAt(b.end()) != sep) return null;
        Num c = digits(b.end() + 1, sep == '.' ? 4 : 2, sep == '.' ? 4 : 2);
        if (c == null || Character.isDigit(charAt(c.end())) || charAt(c.end()) == sep) return null;
        LocalDate date = sep == '.' ? date(c.value(), b.value(), a.value()) : date(2000 + a.value(), b.value(), c.value());
        if (date == null) return null;
        Part day = new Part(c.end(), When.day(date), Kind.ABSOLUTE, "web-stamp");
        Part timed = withClock(day, "web-stamp-time");
        if (timed != null) return timed;
        return sep == '.' ? day : null;
    }

    Part yearLed(int i) {
        Part range = yearRange(i);
        if (range != null) return range;
        int j;
        Integer year;
        Kind kind;
        String rule;
        Num written = writtenYear(i);
        if (written != null && (written.value() < 1900 || written.value() > 2100 || written.end() - i == 2)) {
            // 1357年6月10日, 18年10月1日: a year outside the usual range, or written with two digits,
            // only counts when a month follows (alone, 1000年 and 18年 are durations)
            int unusual = written.end() - i == 2 ? twoDigitYear(written.value()) : written.value();
            Part month = monthLed(written.end() + 1, unusual, false, Kind.ABSOLUTE, "year+month");
            return month == null ? null : new Part(month.end(), month.when(), month.kind(), month.rule());
        }
        if (written != null) {
            j = written.end() + 1;
            year = written.value();
            kind = Kind.ABSOLUTE;
            rule = "year";
        } else {
            var rel = relativeWord(i, Unit.YEAR);
            if (rel == null) return null;
            j = rel.end(i);
            year = rel.value().offset() == null || ref == null ? null : ref.getYear() + rel.value().offset();
            kind = Kind.RELATIVE;
            rule = "relative-year";
        }
        // a written year takes 前 as a deadline (2025年前); a bare 今年 does not (see withSuffix)
        Part best = new Part(j, year == null ? null : When.year(year), kind, rule, written == null);
        Part period = yearParts.yearPeriod(j, year, false);
        if (period != null) best = longer(best, new Part(period.end(), period.when(), Kind.PERIOD, rule + "+" + period.rule()));
        if (s.charAt(j - 1) == '年') {
            // 2021年底: the written 年 is also the first character of 年底
            var joined = lex.yearParts.longestAt(s, j - 1);
            if (joined != null && joined.value().joinsYear() && joined.end(j - 1) > j)
                best = longer(best, yearParts.yearPart(joined.end(j - 1), joined.value(), year, kind.and(Kind.PERIOD), rule + "+part"));
        }
        if (charAt(j + 1) == '季' && lex.seasons.containsKey(charAt(j)) && charAt(j + 2) != '度')
            best = longer(best, new Part(j + 2, YearPartRules.season(year, lex.seasons.get(charAt(j))), Kind.PERIOD, rule + "+season"));
        if (s.startsWith("同期", j)) best = longer(best, new Part(j + 2, null, Kind.PERIOD, rule + "+same-period"));
        // 2021年元旦, 今年国庆假期: a holiday of that year
        Part holiday = holidays.holiday(j, year);
        if (holiday != null) best = longer(best, new Part(holiday.end(), holiday.when(), holiday.kind(), rule + "+" + holiday.rule()));
        best = longer(best, monthLed(j, year, false, kind, rule + "+month"));
        return best;
    }

    /**
     * Four digits or four Chinese digits (1000–2199), or two ASCII digits, then 年; the Num's end is at
     * the 年. The caller accepts the unusual ones only before a month.
     */
    private Num writtenYear(int i) {
        Num y = digits(i, 4, 4);
        if (y == null) y = chineseDigits(i, 4);
        if (y == null) y = digits(i, 2, 2);
        if (y == null || charAt(y.end()) != '年') return null;
        if (y.end() - i == 4 && (y.value() < 1000 || y.value() > 2199)) return null;
        return y;
    }

    /** 18年 → 2018, 98年 → 1998: the century that puts the year at most ten years after publication. */
    private int twoDigitYear(int yy) {
        int now = ref == null ? 2000 : ref.getYear();
        int year = now / 100 * 100 + yy;
        return year > now + 10 ? year - 100 : year;
    }

    private Part yearRange(int i) {
        Num a = digits(i, 4, 4);
        int sep = a == null || a.value() < 1900 || a.value() > 2100 ? -1 : separatorEnd(a.end());
        if (sep < 0) return null;
        Num b = digits(sep, 4, 4);
        if (b == null || b.value() < a.value() || b.value() > 2100 || charAt(b.end()) != '年') return null;
        return new Part(b.end() + 1, When.days(LocalDate.of(a.value(), 1, 1), LocalDate.of(b.value(), 12, 31)), Kind.PERIOD, "year-range");
    }

    Part monthLed(int i, Integer year, boolean guessYear, Kind kind, String rule) {
        Num m = number(i, 1, 12, false);
        if (m == null || charAt(m.end()) != '月') return null;
        int k = charAt(m.end() + 1) == '份' ? m.end() + 2 : m.end() + 1;
        Integer y = year;
        // a December date in a January paper is last December's
        if (guessYear && y != null && ref != null && ref.getMonthValue() <= 2 && m.value() >= 11) y = y - 1;
        Part best = new Part(k, y == null ? null : When.month(y, m.value()), kind, rule);
        var part = lex.monthParts.longestAt(s, k);
        // 6月初步投产: 初步, 初次 and 初心 are words, not the start of the month
        if (part != null && part.word().equals("初") && "步次心".indexOf(charAt(k + 1)) >= 0) part = null;
        if (part != null) best = new Part(part.end(k), monthPart(y, m.value(), part.value()), kind, rule + "+part");
        YearMonth ym = y == null ? null : YearMonth.of(y, m.value());
        return longer(best, dayOfMonth(k, ym, kind, rule));
    }

    /** After a month: 18日(上午)(9时), or a range of days 12-19日. ym null when the year is unknown. */
    Part dayOfMonth(int k, YearMonth ym, Kind kind, String rule) {
        Num d = number(k, 1, 31, false);
        if (d == null) return null;
        // 2月30日 is still written as a date: its span is kept, its value is null
        boolean valid = ym != null && d.value() <= ym.lengthOfMonth();
        if (charAt(d.end()) == '日' || charAt(d.end()) == '号')
            return times.dayTail(d.end() + 1, valid ? When.day(ym.atDay(d.value())) : null, kind, rule + "+day", 0);
        if (ym != null && !valid) return null;
        int sep = separatorEnd(d.end());
        Num last = sep < 0 ? null : number(sep, d.value() + 1, 31, false);
        if (last == null || (charAt(last.end()) != '日' && charAt(last.end()) != '号') || (ym != null && last.value() > ym.lengthOfMonth()))
            return null;
        // 1月26日-28日(星期一至星期三): the weekdays of the range belong to it
        int end = times.weekdayEnd(last.end() + 1);
        return new Part(end, ym == null ? null : When.days(ym.atDay(d.value()), ym.atDay(last.value())), Kind.PERIOD, rule + "+day-range");
    }

    When monthPart(Integer year, int month, MonthPart p) {
        if (year == null) return null;
        YearMonth ym = YearMonth.of(year, month);
        int first = p.firstDay() == 0 ? ym.lengthOfMonth() : p.firstDay();
        int last = p.lastDay() == 0 ? ym.lengthOfMonth() : p.lastDay();
        return When.days(ym.atDay(first), ym.atDay(last));
    }
}
