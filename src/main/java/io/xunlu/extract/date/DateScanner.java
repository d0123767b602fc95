package io.xunlu.extract.date;

import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.date.DateLexicon.AffixKind;
import io.xunlu.extract.date.DateLexicon.MonthPart;
import io.xunlu.extract.date.DateLexicon.RelativeWord;
import io.xunlu.extract.date.DateLexicon.Season;
import io.xunlu.extract.date.DateLexicon.Unit;
import io.xunlu.extract.date.DateLexicon.VagueWord;
import io.xunlu.extract.date.DateLexicon.YearPart;
import io.xunlu.extract.date.NumberReader.Num;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The date grammar, run over one text. A small hand-written recursive-descent scanner instead of
 * regular expressions: every rule reads a bounded number of characters from its start (numbers at
 * most four digits, words at most a few characters), and a start is only tried at the first digit
 * of a digit run, so the whole scan is linear in the text length whatever the input.
 *
 * <p>Per-call state only; one instance per {@link DateExtractor#extract} call.
 */
final class DateScanner {
    private enum Kind {
        ABSOLUTE, RELATIVE, PERIOD;

        Kind and(Kind other) { return other.ordinal() > ordinal() ? other : this; }

        String label() { return name().toLowerCase(); }
    }

    /** A parsed stretch ending at {@code end}; bareYear marks a relative year with nothing after it (今年). */
    private record Part(int end, When when, Kind kind, String rule, boolean bareYear) {
        Part(int end, When when, Kind kind, String rule) { this(end, when, kind, rule, false); }
    }


    /** In a blocked-before column: any Chinese character blocks the word. */
    private static final String ANY_IDEOGRAPH = "<ideograph>";

    private final DateLexicon lex;
    private final String s;
    private final int n;
    private final LocalDate ref;
    private final NumberReader numbers;

    DateScanner(DateLexicon lex, String text, LocalDate published) {
        this.lex = lex;
        this.s = lex.matchingView(text);
        this.n = s.length();
        this.ref = published;
        this.numbers = new NumberReader(s, lex.numerals);
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
            out.add(new DateFinding(new LocalSpan(i, p.end), p.kind.label(), p.when == null ? null : p.when.iso(), p.rule));
            i = p.end;
        }
        return out;
    }

    // ---- expression = [截至] range-or-core [以来 | 前 | 至今]

    private Part expression(int i) {
        Part best = withSuffix(rangeOrCore(i));
        var prefix = lex.affixes.longestAt(s, i);
        if (prefix != null && prefix.value() == AffixKind.PREFIX) {
            Part inner = withSuffix(rangeOrCore(prefix.end(i)));
            // 截至9月底 is a point in time: the last day of what follows
            if (inner != null && (best == null || inner.end > best.end))
                best = new Part(inner.end, inner.when == null ? null : When.day(inner.when.last()), inner.kind, "as-of+" + inner.rule);
        }
        return best;
    }

    private Part withSuffix(Part p) {
        if (p == null) return null;
        var suffix = lex.affixes.longestAt(s, p.end);
        if (suffix == null) return p;
        int end = suffix.end(p.end);
        switch (suffix.value()) {
            case SINCE -> {
                When since = p.when != null && ref != null && !p.when.first().isAfter(ref) ? When.days(p.when.first(), ref) : null;
                return new Part(end, since, Kind.PERIOD, p.rule + "+since");
            }
            case BEFORE -> {
                // 今年前 is the start of 今年前7个月 more often than a deadline; 前往/前来 are verbs, not deadlines
                if (suffix.word().equals("前") && p.bareYear) return p;
                if (lex.notBefore.longestAt(s, p.end) != null) return p;
                return new Part(end, deadline(p.when), Kind.PERIOD, p.rule + "+before");
            }
            case AROUND -> { return new Part(end, p.when, p.kind, p.rule + "+around"); }
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
        int j = separatorEnd(first.end);
        if (j < 0 || !canStart(j)) return first;
        // the second end inherits what the first one fixed: 10月15日至16日, 9时至21时
        Part second = core(j, first.when == null ? ref : first.when.first(), true);
        if (second == null) return first;
        When both = first.when == null || second.when == null ? null : first.when.through(afternoonLike(first.when, second.when));
        return new Part(second.end, both, Kind.PERIOD, first.rule + "~" + second.rule);
    }

    /** 下午1点到3点: a second clock time earlier than an afternoon first one is in the afternoon too. */
    private static When afternoonLike(When first, When second) {
        if (first.firstTime() == null || second.firstTime() == null || !first.first().equals(second.first())) return second;
        if (first.firstTime().getHour() < 12 || second.firstTime().getHour() >= 12 || !second.firstTime().isBefore(first.firstTime()))
            return second;
        return second.first().equals(second.last()) ? new When(second.first(), second.last(), second.firstTime().plusHours(12), null) : second;
    }

    /** Index after a range separator at i (至, -, ~, —, and the doubled ——), or -1. */
    private int separatorEnd(int i) {
        if (i >= n || !lex.rangeSeparators.contains(s.charAt(i))) return -1;
        return s.charAt(i) == '—' && charAt(i + 1) == '—' ? i + 2 : i + 1;
    }

    /**
     * The longest expression starting at i. ctx is the date that bare days belong to; as the second
     * end of a range (continuation) clock times and parts of the day belong to it too (9时至21时).
     */
    private Part core(int i, LocalDate ctx, boolean continuation) {
        When ctxDay = continuation && ctx != null ? When.day(ctx) : null;
        Part best = iso(i);
        best = longer(best, yearLed(i));
        best = longer(best, monthLed(i, ctx == null ? null : ctx.getYear(), !continuation, Kind.ABSOLUTE, "md"));
        best = longer(best, yearPeriod(i, ref == null ? null : ref.getYear(), true));
        best = longer(best, relativeLed(i));
        best = longer(best, seasonLed(i));
        best = longer(best, relativePair(i));
        best = longer(best, fiveYearPlan(i));
        best = longer(best, dayPartLed(i, ctxDay));
        best = longer(best, clock(i, ctxDay, "clock"));
        if (continuation) best = longer(best, colonTime(i, ctxDay));
        best = longer(best, bareDay(i, ctx, continuation));
        best = longer(best, vague(i));
        best = longer(best, holiday(i));
        best = longer(best, countedSince(i));
        best = longer(best, monthPartAlone(i));
        return best;
    }

    private static Part longer(Part a, Part b) {
        if (b == null) return a;
        return a == null || b.end() > a.end() ? b : a;
    }

    // ---- 2023-04-20, 2023/4/20, 2023.04.20, optionally followed by 10:32

    private Part iso(int i) {
        Num y = digits(i, 4, 4);
        if (y == null || y.value() < 1900 || y.value() > 2100 || y.end() >= n) return null;
        char sep = s.charAt(y.end());
        if (sep != '-' && sep != '/' && sep != '.') return null;
        Num m = digits(y.end() + 1, 1, 2);
        if (m == null || charAt(m.end()) != sep) return null;
        Num d = digits(m.end() + 1, 1, 2);
        if (d == null || Character.isDigit(charAt(d.end()))) return null;
        LocalDate date = date(y.value(), m.value(), d.value());
        if (date == null) return null;
        Part p = new Part(d.end(), When.day(date), Kind.ABSOLUTE, "iso-date");
        int t = d.end();
        if (charAt(t) == ' ' || charAt(t) == 'T') {
            Part time = colonTime(t + 1, p.when);
            if (time != null) return new Part(time.end, time.when, Kind.ABSOLUTE, "iso-date-time");
        }
        return p;
    }

    private Part colonTime(int i, When day) {
        Num h = digits(i, 1, 2);
        if (h == null || h.value() > 23 || charAt(h.end()) != ':') return null;
        Num m = digits(h.end() + 1, 2, 2);
        if (m == null || m.value() > 59) return null;
        int end = m.end();
        int sec = 0;
        if (charAt(end) == ':') {
            Num sc = digits(end + 1, 2, 2);
            if (sc != null && sc.value() < 60) {
                end = sc.end();
                sec = sc.value();
            }
        }
        if (Character.isDigit(charAt(end))) return null;
        if (charAt(end) == '时') end++;
        return new Part(end, day == null ? null : day.at(LocalTime.of(h.value(), m.value(), sec)), Kind.ABSOLUTE, "clock");
    }

    // ---- years: 2023年, 二〇二三年, 今年, 2022—2024年, each with what may follow

    private Part yearLed(int i) {
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
            return month == null ? null : new Part(month.end, month.when, month.kind, month.rule);
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
        Part period = yearPeriod(j, year, false);
        if (period != null) best = longer(best, new Part(period.end, period.when, Kind.PERIOD, rule + "+" + period.rule));
        if (s.charAt(j - 1) == '年') {
            // 2021年底: the written 年 is also the first character of 年底
            var joined = lex.yearParts.longestAt(s, j - 1);
            if (joined != null && joined.value().joinsYear() && joined.end(j - 1) > j)
                best = longer(best, yearPart(joined.end(j - 1), joined.value(), year, kind.and(Kind.PERIOD), rule + "+part"));
        }
        if (charAt(j + 1) == '季' && lex.seasons.containsKey(charAt(j)) && charAt(j + 2) != '度')
            best = longer(best, new Part(j + 2, season(year, lex.seasons.get(charAt(j))), Kind.PERIOD, rule + "+season"));
        if (s.startsWith("同期", j)) best = longer(best, new Part(j + 2, null, Kind.PERIOD, rule + "+same-period"));
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

    /** Parts of a year: 上半年, 全年, 年底, 一季度, 前三季度, 前5个月, 1至5月. alone = not after a written year. */
    private Part yearPeriod(int i, Integer year, boolean alone) {
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
    private boolean countedBefore(int i) {
        if ((s.charAt(i) != '年' && s.charAt(i) != '月') || i == 0) return false;
        char c = s.charAt(i - 1);
        return Character.isDigit(c) || lex.numerals.containsKey(c) || "百千万多几半每周个本上下当同次岁".indexOf(c) >= 0;
    }

    private Part yearPart(int end, YearPart p, Integer year, Kind kind, String rule) {
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

    private Part quarterTail(int end, Integer year, int firstQuarter, int lastQuarter, String rule) {
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

    // ---- months: 10月, 10月底, 10月17日(上午)(9时30分)

    private Part monthLed(int i, Integer year, boolean guessYear, Kind kind, String rule) {
        Num m = number(i, 1, 12, false);
        if (m == null || charAt(m.end()) != '月') return null;
        int k = charAt(m.end() + 1) == '份' ? m.end() + 2 : m.end() + 1;
        Integer y = year;
        // a December date in a January paper is last December's
        if (guessYear && y != null && ref != null && ref.getMonthValue() <= 2 && m.value() >= 11) y = y - 1;
        Part best = new Part(k, y == null ? null : When.month(y, m.value()), kind, rule);
        var part = lex.monthParts.longestAt(s, k);
        if (part != null) best = new Part(part.end(k), monthPart(y, m.value(), part.value()), kind, rule + "+part");
        YearMonth ym = y == null ? null : YearMonth.of(y, m.value());
        return longer(best, dayOfMonth(k, ym, kind, rule));
    }

    /** After a month: 18日(上午)(9时), or a range of days 12-19日. ym null when the year is unknown. */
    private Part dayOfMonth(int k, YearMonth ym, Kind kind, String rule) {
        Num d = number(k, 1, 31, false);
        if (d == null) return null;
        // 2月30日 is still written as a date: its span is kept, its value is null
        boolean valid = ym != null && d.value() <= ym.lengthOfMonth();
        if (charAt(d.end()) == '日' || charAt(d.end()) == '号')
            return dayTail(d.end() + 1, valid ? When.day(ym.atDay(d.value())) : null, kind, rule + "+day", 0);
        if (ym != null && !valid) return null;
        int sep = separatorEnd(d.end());
        Num last = sep < 0 ? null : number(sep, d.value() + 1, 31, false);
        if (last == null || (charAt(last.end()) != '日' && charAt(last.end()) != '号') || (ym != null && last.value() > ym.lengthOfMonth()))
            return null;
        return new Part(last.end() + 1, ym == null ? null : When.days(ym.atDay(d.value()), ym.atDay(last.value())), Kind.PERIOD, rule + "+day-range");
    }

    private When monthPart(Integer year, int month, MonthPart p) {
        if (year == null) return null;
        YearMonth ym = YearMonth.of(year, month);
        int first = p.firstDay() == 0 ? ym.lengthOfMonth() : p.firstDay();
        int last = p.lastDay() == 0 ? ym.lengthOfMonth() : p.lastDay();
        return When.days(ym.atDay(first), ym.atDay(last));
    }

    /**
     * After a day: an optional part of the day (上午) and an optional clock time (9时30分). pmBelow is
     * what the day word itself implies (今晚: clock hours below 12 are evening hours).
     */
    private Part dayTail(int k, When day, Kind kind, String rule, int pmBelow) {
        Part p = new Part(k, day, kind, rule);
        var dayPart = lex.dayParts.longestAt(s, k);
        if (dayPart != null) {
            p = new Part(dayPart.end(k), day, kind, rule + "+day-part");
            pmBelow = dayPart.value();
        }
        Part clock = clock(p.end, day, rule + "+clock");
        if (clock == null) clock = colonTime(p.end, day);
        if (clock == null) return p;
        When when = clock.when;
        if (when != null && when.firstTime() != null && when.first().equals(day.first()) && when.firstTime().getHour() < pmBelow)
            when = day.at(when.firstTime().plusHours(12));
        return new Part(clock.end, when, kind, rule + "+clock");
    }

    /** 9时, 9时30分(18秒), 9点半, 9点20; on its own only with 时 (3点 is as often "three points"). */
    private Part clock(int i, When day, String rule) {
        Num h = number(i, 0, 24, false);
        if (h == null) return null;
        char unit = charAt(h.end());
        if (unit != '时' && unit != '点') return null;
        int end = h.end() + 1;
        int minutes = 0, seconds = 0;
        Num mi = number(end, 0, 59, false);
        if (mi != null && charAt(mi.end()) == '分') {
            end = mi.end() + 1;
            minutes = mi.value();
            Num sec = number(end, 0, 59, false);
            if (sec != null && charAt(sec.end()) == '秒') {
                end = sec.end() + 1;
                seconds = sec.value();
            }
        } else if (charAt(end) == '半') {
            end++;
            minutes = 30;
        } else if (unit == '点' && day != null && (mi = digits(end, 2, 2)) != null && mi.value() < 60) {
            end = mi.end();
            minutes = mi.value();
        } else if (unit == '点' && day == null) {
            return null;
        }
        if (charAt(end) == '许') end++;
        if (day == null) return new Part(end, null, Kind.ABSOLUTE, rule);
        // 24时 is the midnight that ends the day
        if (h.value() == 24) return new Part(end, When.day(day.first().plusDays(1)).at(LocalTime.MIDNIGHT), Kind.ABSOLUTE, rule);
        return new Part(end, day.at(LocalTime.of(h.value(), minutes, seconds)), Kind.ABSOLUTE, rule);
    }

    /** 上午9时, or 上午 alone (one-character parts such as 晚 only after a day); day is known only in a range. */
    private Part dayPartLed(int i, When day) {
        var dayPart = lex.dayParts.longestAt(s, i);
        if (dayPart == null || dayPart.word().length() < 2) return null;
        if (day != null) return dayTail(i, day, Kind.RELATIVE, "day-part", 0);
        Part clock = clock(dayPart.end(i), null, "day-part+clock");
        if (clock != null) return new Part(clock.end, null, Kind.RELATIVE, "day-part+clock");
        return new Part(dayPart.end(i), null, Kind.RELATIVE, "day-part");
    }

    /**
     * 13日 on its own: a day of the month in context. Only digits and 日, and not 3日内 (a duration);
     * as the second end of a range also 十五号 (2018年12月九号到十五号).
     */
    private Part bareDay(int i, LocalDate ctx, boolean continuation) {
        Num d = continuation ? number(i, 1, 31, false) : digits(i, 1, 2);
        if (d == null || d.value() < 1 || d.value() > 31) return null;
        char unit = charAt(d.end());
        if (!(unit == '日' || (continuation && unit == '号')) || charAt(d.end() + 1) == '内') return null;
        When day = ctx == null || d.value() > ctx.lengthOfMonth() ? null : When.day(ctx.withDayOfMonth(d.value()));
        return dayTail(d.end() + 1, day, Kind.ABSOLUTE, "day", 0);
    }

    // ---- words: 昨天(上午), 本月底, 本周末, 今冬明春, 春季, 近日

    private Part relativeLed(int i) {
        var hit = lex.relativeWords.longestAt(s, i);
        if (hit == null || hit.value().unit() == Unit.YEAR || blocked(i, hit.value().blockedBefore())) return null;
        RelativeWord w = hit.value();
        int end = hit.end(i);
        boolean known = w.offset() != null && ref != null;
        return switch (w.unit()) {
            case DAY -> {
                Vocabulary.Hit<Integer> own = w.dayPart() == null ? null : lex.dayParts.longestAt(w.dayPart(), 0);
                yield dayTail(end, known ? When.day(ref.plusDays(w.offset())) : null, Kind.RELATIVE, "relative-day",
                        own == null ? 0 : own.value());
            }
            case MONTH -> {
                YearMonth ym = known ? YearMonth.from(ref).plusMonths(w.offset()) : null;
                var part = lex.monthParts.longestAt(s, end);
                if (part != null)
                    yield new Part(part.end(end), ym == null ? null : monthPart(ym.getYear(), ym.getMonthValue(), part.value()),
                            Kind.RELATIVE, "relative-month+part");
                Part month = new Part(end, ym == null ? null : When.month(ym.getYear(), ym.getMonthValue()), Kind.RELATIVE, "relative-month");
                yield longer(month, dayOfMonth(end, ym, Kind.RELATIVE, "relative-month"));
            }
            case QUARTER -> {
                if (!known) yield new Part(end, null, Kind.PERIOD, "relative-quarter");
                YearMonth first = YearMonth.from(ref).withMonth((ref.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3L * w.offset());
                Part q = quarterTail(end, first.getYear(), (first.getMonthValue() + 2) / 3, (first.getMonthValue() + 2) / 3, "relative-quarter");
                yield new Part(q.end(), q.when, Kind.PERIOD, q.rule);
            }
            case WEEK -> {
                LocalDate monday = known ? ref.with(DayOfWeek.MONDAY).plusWeeks(w.offset()) : null;
                if (charAt(end) == '末')
                    yield new Part(end + 1, monday == null ? null : When.days(monday.plusDays(5), monday.plusDays(6)), Kind.RELATIVE, "relative-weekend");
                yield new Part(end, monday == null ? null : When.days(monday, monday.plusDays(6)), Kind.RELATIVE, "relative-week");
            }
            case YEAR -> null;
        };
    }

    /** Opening and closing quotes that may wrap a five-year plan (“十四五”). */
    private static final String OPEN_QUOTES = "“\"「", CLOSE_QUOTES = "”\"」";

    /**
     * “十四五”以来, 十三五期间: a five-year plan (the 11th to 19th) as the years it covers, only when
     * 以来, 至今 or 期间 follows (“十四五”规划 names a document). From the third plan (1966) they
     * run in fives: the Nth covers 1966 + 5(N - 3) to four years later.
     */
    private Part fiveYearPlan(int i) {
        int p = i;
        int quote = OPEN_QUOTES.indexOf(charAt(p));
        if (quote >= 0) p++;
        Integer digit = lex.numerals.get(charAt(p + 1));
        if (charAt(p) != '十' || charAt(p + 2) != '五' || digit == null || digit < 1 || digit > 9) return null;
        p += 3;
        if (quote >= 0 && charAt(p++) != CLOSE_QUOTES.charAt(quote)) return null;
        var suffix = lex.affixes.longestAt(s, p);
        if (suffix == null || suffix.value() != DateLexicon.AffixKind.SINCE && suffix.value() != DateLexicon.AffixKind.AROUND) return null;
        int first = 1966 + 5 * (10 + digit - 3);
        return new Part(p, When.year(first).through(When.year(first + 4)), Kind.PERIOD, "five-year-plan");
    }

    /** 今明两年, 今明两天, 明后天: two neighbouring days or years as one period. */
    private Part relativePair(int i) {
        if (i + 2 >= n) return null;
        String pair = s.substring(i, i + 2);
        int p = i + 2;
        if (charAt(p) == '两') p++;
        char u = charAt(p);
        String unit = u == '年' ? "year" : u == '天' || u == '日' ? "day" : null;
        DateLexicon.RelativePair rp = unit == null ? null : lex.relativePairs.get(pair + unit);
        if (rp == null || blocked(i, rp.blockedBefore())) return null;
        int offset = rp.offset();
        When when = null;
        if (ref != null && unit.equals("year")) when = When.year(ref.getYear() + offset).through(When.year(ref.getYear() + offset + 1));
        else if (ref != null) when = When.days(ref.plusDays(offset), ref.plusDays(offset + 1));
        return new Part(p + 1, when, Kind.PERIOD, "relative-pair");
    }

    private Part seasonLed(int i) {
        char c = charAt(i);
        if (lex.seasons.containsKey(c) && charAt(i + 1) == '季' && charAt(i + 2) != '度')
            return new Part(i + 2, season(ref == null ? null : ref.getYear(), lex.seasons.get(c)), Kind.PERIOD, "season");
        When first = relativeSeason(i);
        if (first == null && !(lex.seasonPrefixes.containsKey(c) && lex.seasons.containsKey(charAt(i + 1)))) return null;
        if (blocked(i, "如")) return null;
        // 今冬明春: two seasons read as one period
        When second = relativeSeason(i + 2);
        if (second != null || (lex.seasonPrefixes.containsKey(charAt(i + 2)) && lex.seasons.containsKey(charAt(i + 3))))
            return new Part(i + 4, first == null || second == null ? null : first.through(second), Kind.PERIOD, "season-pair");
        return new Part(i + 2, first, Kind.PERIOD, "relative-season");
    }

    private When relativeSeason(int i) {
        Integer offset = lex.seasonPrefixes.get(charAt(i));
        Season season = lex.seasons.get(charAt(i + 1));
        if (offset == null || season == null || ref == null) return null;
        return season(ref.getYear() + offset, season);
    }

    private static When season(Integer year, Season season) {
        if (year == null) return null;
        LocalDate first = LocalDate.of(year, season.firstMonth(), 1);
        LocalDate last = first.plusMonths(season.lastMonth() - season.firstMonth());
        return When.days(first, last.withDayOfMonth(last.lengthOfMonth()));
    }

    /**
     * 近3年来, 5年来, 近两个月以来: the counted span up to publication. Only with 来: without it 近3年
     * is as often "nearly three years", a duration (历时近3年).
     */
    private Part countedSince(int i) {
        int j = charAt(i) == '近' ? i + 1 : i;
        Num count = number(j, 1, 99, true);
        if (count == null) return null;
        int k = charAt(count.end()) == '个' ? count.end() + 1 : count.end();
        char unit = charAt(k);
        if (unit != '年' && !(unit == '月' && k > count.end())) return null;
        int end = charAt(k + 1) == '来' ? k + 2 : s.startsWith("以来", k + 1) ? k + 3 : -1;
        if (end < 0) return null;
        When when = ref == null ? null
                : When.days(unit == '年' ? ref.minusYears(count.value()) : ref.minusMonths(count.value()), ref);
        return new Part(end, when, Kind.PERIOD, "counted-since");
    }

    /** 春节, 国庆节: in the publication year; null for holidays of the lunar calendar. */
    private Part holiday(int i) {
        var hit = lex.holidays.longestAt(s, i);
        if (hit == null) return null;
        boolean fixed = hit.value().month() > 0;
        When when = fixed && ref != null ? When.day(LocalDate.of(ref.getYear(), hit.value().month(), hit.value().day())) : null;
        return new Part(hit.end(i), when, fixed ? Kind.ABSOLUTE : Kind.RELATIVE, "holiday");
    }

    /** 月底, 月初 on their own: of the publication month (本月底 and 10月底 are read by their own rules). */
    private Part monthPartAlone(int i) {
        if (charAt(i) != '月' || countedBefore(i)) return null;
        var part = lex.monthParts.longestAt(s, i);
        if (part == null) return null;
        YearMonth ym = ref == null ? null : YearMonth.from(ref);
        return new Part(part.end(i), ym == null ? null : monthPart(ym.getYear(), ym.getMonthValue(), part.value()), Kind.RELATIVE, "month-part");
    }

    private Part vague(int i) {
        var hit = lex.vagueWords.longestAt(s, i);
        if (hit == null) return null;
        VagueWord w = hit.value();
        if (blocked(i, w.blockedBefore())) return null;
        return new Part(hit.end(i), null, w.kind().equals("period") ? Kind.PERIOD : Kind.RELATIVE, "vague");
    }

    private Vocabulary.Hit<RelativeWord> relativeWord(int i, Unit unit) {
        var hit = lex.relativeWords.longestAt(s, i);
        if (hit == null || hit.value().unit() != unit || blocked(i, hit.value().blockedBefore())) return null;
        return hit;
    }

    // ---- characters and numbers

    private boolean blocked(int i, String before) {
        if (i == 0 || before.isEmpty()) return false;
        char prev = s.charAt(i - 1);
        if (before.equals(ANY_IDEOGRAPH)) return Character.isIdeographic(prev);
        return before.indexOf(prev) >= 0;
    }

    private char charAt(int i) { return i >= 0 && i < n ? s.charAt(i) : '\0'; }

    /** A start is never inside a run of digits, numerals or Latin letters (5G, 2号线 are not split). */
    private boolean canStart(int i) {
        if (i >= n || !lex.canStartWith(s.charAt(i))) return false;
        if (i == 0) return true;
        char c = s.charAt(i), prev = s.charAt(i - 1);
        if (isAsciiDigit(c)) return !isAsciiDigit(prev) && prev != '.' && !isAsciiLetter(prev);
        if (lex.numerals.containsKey(c)) return !lex.numerals.containsKey(prev) && prev != '第';
        return true;
    }

    private Num digits(int i, int min, int max) { return numbers.digits(i, min, max); }

    private Num chineseDigits(int i, int count) { return numbers.chineseDigits(i, count); }

    private Num number(int i, int min, int max, boolean allowLiang) { return numbers.number(i, min, max, allowLiang); }

    private static LocalDate date(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) return null;
        return LocalDate.of(y, m, d);
    }

    private static boolean isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

    private static boolean isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
}
