package io.xunlu.extract.date;

import io.xunlu.extract.date.DateLexicon.Season;
import io.xunlu.extract.date.DateLexicon.YearPart;
import io.xunlu.extract.date.NumberReader.Num;
import io.xunlu.extract.date.Part.Kind;
import java.time.LocalDate;
import java.time.YearMonth;

/** Parts of a year: halves, 全年, 年底, quarters, the first months (前5个月), month ranges (1至5月), seasons. */
final class YearPartRules extends DateRules {
    YearPartRules(DateText t) { super(t); }

    /** Parts of a year: 上半年, 全年, 年底, 一季度, 前三季度, 前5个月, 1至5月. alone = not after a written year. */
    Part yearPeriod(int i, Integer year, boolean alone) {
        Part best = null;
        var part = lex.yearParts.longestAt(s, i);
        if (part != null && (alone ? part.value().alone() && !countedBefore(i) : part.value().follows()))
            best = yearPart(part.end(i), part.value(), year, Kind.PERIOD, "year-part");
        best = longer(best, quarter(i, year));
        best = longer(best, firstMonths(i, year));
        best = longer(best, monthRange(i, year));
        return best;
    }

    /** 三年内, 个月底: a numeral or count word before 年 or 月 makes it a duration, not a part of a year. */
    boolean countedBefore(int i) {
        if ((s.charAt(i) != '年' && s.charAt(i) != '月') || i == 0) return false;
        char c = s.charAt(i - 1);
        return Character.isDigit(c) || lex.numerals.containsKey(c) || "百千万多几半每周个本上下当同次岁".indexOf(c) >= 0;
    }

    Part yearPart(int end, YearPart p, Integer year, Kind kind, String rule) {
        When when = null;
        if (year != null) {
            LocalDate first = LocalDate.of(year, p.firstMonth(), p.firstDay() == 0 ? 1 : p.firstDay());
            if (p.firstDay() == 0) first = first.withDayOfMonth(first.lengthOfMonth());
            LocalDate last = LocalDate.of(year, p.lastMonth(), 1);
            last = last.withDayOfMonth(p.lastDay() == 0 ? last.lengthOfMonth() : p.lastDay());
            when = When.days(first, last);
        }
        return new Part(end, when, kind, rule);
    }

    /** 一季度, 第三季度, 首季度, 前三季度, 前两个季度, with 初/末/底 the quarter's first or last month. */
    private Part quarter(int i, Integer year) {
        char lead = charAt(i);
        boolean upTo = lead == '前';
        if (lead == '首' && s.startsWith("季度", i + 1)) return quarterTail(i + 3, year, 1, 1, "quarter");
        int j = upTo || lead == '第' ? i + 1 : i;
        Num q = number(j, 1, 4, upTo);
        if (q == null) return null;
        int k = upTo && charAt(q.end()) == '个' ? q.end() + 1 : q.end();
        if (!s.startsWith("季度", k)) return null;
        return quarterTail(k + 2, year, upTo ? 1 : q.value(), q.value(), upTo ? "first-quarters" : "quarter");
    }

    Part quarterTail(int end, Integer year, int firstQuarter, int lastQuarter, String rule) {
        int firstMonth = 3 * firstQuarter - 2, lastMonth = 3 * lastQuarter;
        char tail = charAt(end);
        if (firstQuarter == lastQuarter && (tail == '初' || tail == '末' || tail == '底')) {
            if (tail == '初') lastMonth = firstMonth;
            else firstMonth = lastMonth;
            end++;
            rule += "+part";
        }
        When when = year == null ? null
                : When.days(LocalDate.of(year, firstMonth, 1), YearMonth.of(year, lastMonth).atEndOfMonth());
        return new Part(end, when, Kind.PERIOD, rule);
    }

    /** 前5月, 前5个月, 前两月: from January to the end of that month. */
    private Part firstMonths(int i, Integer year) {
        if (charAt(i) != '前') return null;
        Num m = number(i + 1, 1, 12, true);
        if (m == null) return null;
        int j = charAt(m.end()) == '个' ? m.end() + 1 : m.end();
        if (charAt(j) != '月') return null;
        int end = charAt(j + 1) == '份' ? j + 2 : j + 1;
        When when = year == null ? null : When.days(LocalDate.of(year, 1, 1), YearMonth.of(year, m.value()).atEndOfMonth());
        return new Part(end, when, Kind.PERIOD, "first-months");
    }

    /** 1至5月, 1-8月. */
    private Part monthRange(int i, Integer year) {
        Num a = number(i, 1, 12, false);
        int sep = a == null ? -1 : separatorEnd(a.end());
        if (sep < 0) return null;
        Num b = number(sep, 1, 12, false);
        if (b == null || b.value() <= a.value() || charAt(b.end()) != '月') return null;
        int end = charAt(b.end() + 1) == '份' ? b.end() + 2 : b.end() + 1;
        When when = year == null ? null
                : When.days(LocalDate.of(year, a.value(), 1), YearMonth.of(year, b.value()).atEndOfMonth());
        return new Part(end, when, Kind.PERIOD, "month-range");
    }

    static When season(Integer year, Season season) {
        if (year == null) return null;
        LocalDate first = LocalDate.of(year, season.firstMonth(), 1);
        LocalDate last = first.plusMonths(season.lastMonth() - season.firstMonth());
        return When.days(first, last.withDayOfMonth(last.lengthOfMonth()));
    }
}
