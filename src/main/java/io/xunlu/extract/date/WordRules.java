package io.xunlu.extract.date;

import io.xunlu.extract.date.DateLexicon.RelativeWord;
import io.xunlu.extract.date.DateLexicon.Season;
import io.xunlu.extract.date.DateLexicon.Unit;
import io.xunlu.extract.date.DateLexicon.VagueWord;
import io.xunlu.extract.date.NumberReader.Num;
import io.xunlu.extract.date.Part.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dates written as words: relative days, months, weeks and quarters (昨天, 本月底, 下周), seasons
 * (今冬明春), five-year plans, neighbouring pairs (今明两天), counted spans (近3年来, 8年前) and
 * vague words (近日).
 */
final class WordRules extends DateRules {
    /** Opening and closing quotes that may wrap a five-year plan (“十四五”). */
    private static final String OPEN_QUOTES = "“\"「", CLOSE_QUOTES = "”\"」";
    /** First characters of the document words after a five-year plan (规划, 计划, 纲要, 建议, 时期 excluded). */
    private static final String PLAN_WORDS = "规计纲建目重";

    private final ClockRules times;
    private final CalendarRules calendar;
    private final YearPartRules yearParts;

    WordRules(DateText t, ClockRules times, CalendarRules calendar, YearPartRules yearParts) {
        super(t);
        this.times = times;
        this.calendar = calendar;
        this.yearParts = yearParts;
    }

    Part relativeLed(int i) {
        var hit = lex.relativeWords.longestAt(s, i);
        if (hit == null || hit.value().unit() == Unit.YEAR || blocked(i, hit.value().blockedBefore())) return null;
        RelativeWord w = hit.value();
        int end = hit.end(i);
        boolean known = w.offset() != null && ref != null;
        return switch (w.unit()) {
            case DAY -> {
                Vocabulary.Hit<Integer> own = w.dayPart() == null ? null : lex.dayParts.longestAt(w.dayPart(), 0);
                When day = known ? When.day(ref.plusDays(w.offset())) : null;
                // 今天(3月5日)上午: the day named again in brackets, then what follows the day
                Part named = charAt(end) == '(' ? calendar.monthLed(end + 1, ref == null ? null : ref.getYear(), true, Kind.RELATIVE, "md") : null;
                if (named != null && charAt(named.end()) == ')' && named.rule().endsWith("+day")) {
                    // only when the day goes on after the brackets (今天(3月5日)上午); 今天(3月5日) alone
                    // is two expressions, each found where it stands
                    When inner = named.when() == null ? null : When.day(named.when().first());
                    Part tail = times.dayTail(named.end() + 1, inner, Kind.RELATIVE, "relative-day", own == null ? 0 : own.value());
                    if (tail.end() > named.end() + 1) yield tail;
                }
                yield times.dayTail(end, day, Kind.RELATIVE, "relative-day", own == null ? 0 : own.value());
            }
            case MONTH -> {
                YearMonth ym = known ? YearMonth.from(ref).plusMonths(w.offset()) : null;
                var part = lex.monthParts.longestAt(s, end);
                if (part != null)
                    yield new Part(part.end(end), ym == null ? null : calendar.monthPart(ym.getYear(), ym.getMonthValue(), part.value()),
                            Kind.RELATIVE, "relative-month+part");
                Part month = new Part(end, ym == null ? null : When.month(ym.getYear(), ym.getMonthValue()), Kind.RELATIVE, "relative-month");
                yield longer(month, calendar.dayOfMonth(end, ym, Kind.RELATIVE, "relative-month"));
            }
            case QUARTER -> {
                if (!known) yield new Part(end, null, Kind.PERIOD, "relative-quarter");
                YearMonth first = YearMonth.from(ref).withMonth((ref.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3L * w.offset());
                Part q = yearParts.quarterTail(end, first.getYear(), (first.getMonthValue() + 2) / 3, (first.getMonthValue() + 2) / 3, "relative-quarter");
                yield new Part(q.end(), q.when(), Kind.PERIOD, q.rule());
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

    /**
     * “十四五”以来, 十三五期间: a five-year plan (the 11th to 19th) as the years it covers, only when
     * 以来, 至今 or 期间 follows (“十四五”规划 names a document). From the third plan (1966) they
     * run in fives: the Nth covers 1966 + 5(N - 3) to four years later.
     */
    Part fiveYearPlan(int i) {
        int p = i;
        int quote = OPEN_QUOTES.indexOf(charAt(p));
        if (quote >= 0) p++;
        Integer digit = lex.numerals.get(charAt(p + 1));
        if (charAt(p) != '十' || charAt(p + 2) != '五' || digit == null || digit < 1 || digit > 9) return null;
        p += 3;
        if (quote >= 0 && charAt(p++) != CLOSE_QUOTES.charAt(quote)) return null;
        var suffix = lex.affixes.longestAt(s, p);
        boolean period = suffix != null && (suffix.value() == DateLexicon.AffixKind.SINCE || suffix.value() == DateLexicon.AffixKind.AROUND);
        int first = 1966 + 5 * (10 + digit - 3);
        When years = When.year(first).through(When.year(first + 4));
        if (period) return new Part(p, years, Kind.PERIOD, "five-year-plan");
        // 开局“十四五”: quoted and alone it names the years, the span inside the quotes (read from the
        // plan itself, one character on); “十四五”规划 names a document
        int open = OPEN_QUOTES.indexOf(charAt(i - 1));
        if (quote >= 0 || open < 0 || charAt(p) != CLOSE_QUOTES.charAt(open) || PLAN_WORDS.indexOf(charAt(p + 1)) >= 0) return null;
        return new Part(p, years, Kind.PERIOD, "five-year-plan");
    }

    /**
     * 农历腊月二十九, 正月初一, 农历八月十五: a day of the lunar calendar. Its solar date needs a
     * calendar table we do not carry, so the value stays null.
     */
    Part lunarDate(int i) {
        int p = s.startsWith("农历", i) || s.startsWith("農曆", i) ? i + 2 : i;
        int month;
        if (s.startsWith("正月", p) || s.startsWith("腊月", p) || s.startsWith("臘月", p) || s.startsWith("冬月", p)) {
            month = p + 2;
        } else if (p > i) {
            Num m = number(p, 1, 12, false);
            if (m == null || charAt(m.end()) != '月') return null;
            month = m.end() + 1;
        } else {
            return null;
        }
        int day = lunarDay(month);
        if (day < 0) return p > i ? new Part(month, null, Kind.RELATIVE, "lunar-month") : null;
        return new Part(day, null, Kind.RELATIVE, "lunar-date");
    }

    /** 初一…初十, 十一…三十, 廿一…廿九: the index after a lunar day at p, or -1. */
    private int lunarDay(int p) {
        if (charAt(p) == '初') {
            Num d = number(p + 1, 1, 10, false);
            return d == null ? -1 : d.end();
        }
        if (charAt(p) == '廿') return lex.numerals.containsKey(charAt(p + 1)) && charAt(p + 1) != '十' ? p + 2 : p + 1;
        Num d = number(p, 11, 30, false);
        return d == null ? -1 : d.end();
    }

    /** 今明两年, 今明两天, 明后天: two neighbouring days or years as one period. */
    Part relativePair(int i) {
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

    Part seasonLed(int i) {
        char c = charAt(i);
        if (lex.seasons.containsKey(c) && charAt(i + 1) == '季' && charAt(i + 2) != '度') {
            if (modifiesWhatFollows(i + 2)) return null;
            return new Part(i + 2, YearPartRules.season(ref == null ? null : ref.getYear(), lex.seasons.get(c)), Kind.PERIOD, "season");
        }
        When first = relativeSeason(i);
        if (first == null && !(lex.seasonPrefixes.containsKey(c) && lex.seasons.containsKey(charAt(i + 1)))) return null;
        if (blocked(i, "如")) return null;
        // 今冬明春: two seasons read as one period
        When second = relativeSeason(i + 2);
        if (second != null || (lex.seasonPrefixes.containsKey(charAt(i + 2)) && lex.seasons.containsKey(charAt(i + 3))))
            return new Part(i + 4, first == null || second == null ? null : first.through(second), Kind.PERIOD, "season-pair");
        return new Part(i + 2, first, Kind.PERIOD, "relative-season");
    }

    /**
     * 冬季行动, 秋季重点项目: a bare season right before another word modifies it and names no date;
     * a clause break, an affix (期间, 以来) or a word of season-followers.txt (来临, 里) after it keeps
     * it the time of the sentence (夏季来临, 冬季期间).
     */
    private boolean modifiesWhatFollows(int end) {
        if (end >= n || !Character.isIdeographic(s.charAt(end))) return false;
        return lex.affixes.longestAt(s, end) == null && lex.seasonFollowers.longestAt(s, end) == null;
    }

    private When relativeSeason(int i) {
        Integer offset = lex.seasonPrefixes.get(charAt(i));
        Season season = lex.seasons.get(charAt(i + 1));
        if (offset == null || season == null || ref == null) return null;
        return YearPartRules.season(ref.getYear() + offset, season);
    }

    /**
     * 近3年来, 5年来, 近两个月以来: the counted span up to publication. Only with 来: without it 近3年
     * is as often "nearly three years", a duration (历时近3年).
     */
    Part countedSince(int i) {
        int j = charAt(i) == '近' ? i + 1 : i;
        Num count = number(j, 1, 99, true);
        // 几十年来, 数十年来: a count not said, the span unresolved
        boolean unsaid = count == null && (charAt(j) == '几' || charAt(j) == '数') && (charAt(j + 1) == '十' || charAt(j + 1) == '百');
        if (unsaid) count = new Num(0, j + 2);
        if (count == null) return null;
        int k = count.end();
        // 十多年来, 一个多月以来: 多 after the count or its 个 says "at least"; months need their 个
        if (charAt(k) == '多') k++;
        boolean measured = charAt(k) == '个';
        if (measured) k++;
        if (measured && charAt(k) == '多') k++;
        char unit = charAt(k);
        if (unit != '年' && !(unit == '月' && measured)) return null;
        int end = charAt(k + 1) == '来' ? k + 2 : s.startsWith("以来", k + 1) ? k + 3 : -1;
        if (end < 0) return null;
        When when = ref == null || unsaid ? null
                : When.days(unit == '年' ? ref.minusYears(count.value()) : ref.minusMonths(count.value()), ref);
        return new Part(end, when, Kind.PERIOD, "counted-since");
    }

    /**
     * 8年前, 3天后, 两个月以后: a counted span before or after publication, as one day (8年前) or
     * its month or year. Only with 前/后 right after the unit; 3年内 is a duration.
     */
    Part countedAgo(int i) {
        Num count = number(i, 1, 99, true);
        if (count == null) return null;
        int k = charAt(count.end()) == '个' ? count.end() + 1 : count.end();
        char unit = charAt(k);
        if (unit != '年' && unit != '天' && unit != '周' && !(unit == '月' && k > count.end())) return null;
        int end = s.startsWith("以前", k + 1) || s.startsWith("以后", k + 1) ? k + 3
                : charAt(k + 1) == '前' || charAt(k + 1) == '后' ? k + 2 : -1;
        if (end < 0 || lex.notBefore.longestAt(s, k + 1) != null || "后来".equals(s.substring(k + 1, Math.min(n, k + 3)))) return null;
        int sign = charAt(end - 1) == '前' ? -1 : 1;
        When when = null;
        if (ref != null) {
            long c = (long) sign * count.value();
            LocalDate d = unit == '年' ? ref.plusYears(c) : unit == '月' ? ref.plusMonths(c) : unit == '周' ? ref.plusWeeks(c) : ref.plusDays(c);
            when = unit == '年' ? When.year(d.getYear()) : unit == '月' ? When.month(d.getYear(), d.getMonthValue()) : When.day(d);
        }
        return new Part(end, when, Kind.RELATIVE, "counted-ago");
    }

    /** 月底, 月初 on their own: of the publication month (本月底 and 10月底 are read by their own rules). */
    Part monthPartAlone(int i) {
        if (charAt(i) != '月' || yearParts.countedBefore(i)) return null;
        var part = lex.monthParts.longestAt(s, i);
        if (part == null) return null;
        YearMonth ym = ref == null ? null : YearMonth.from(ref);
        return new Part(part.end(i), ym == null ? null : calendar.monthPart(ym.getYear(), ym.getMonthValue(), part.value()), Kind.RELATIVE, "month-part");
    }

    Part vague(int i) {
        var hit = lex.vagueWords.longestAt(s, i);
        if (hit == null) return null;
        VagueWord w = hit.value();
        if (blocked(i, w.blockedBefore())) return null;
        return new Part(hit.end(i), null, w.kind().equals("period") ? Kind.PERIOD : Kind.RELATIVE, "vague");
    }
}
