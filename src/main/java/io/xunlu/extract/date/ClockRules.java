package io.xunlu.extract.date;

import io.xunlu.extract.date.NumberReader.Num;
import io.xunlu.extract.date.Part.Kind;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Times of the day: clock times (9时30分, 9点半, 10:32), parts of the day before or after them
 * (上午9时, 18日晚), and a day of the month on its own (13日) with what follows it.
 */
final class ClockRules extends DateRules {
    ClockRules(DateText t) { super(t); }

    Part colonTime(int i, When day) {
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

    /**
     * After a day: an optional part of the day (上午) and an optional clock time (9时30分). pmBelow is
     * what the day word itself implies (今晚: clock hours below 12 are evening hours).
     */
    Part dayTail(int k, When day, Kind kind, String rule, int pmBelow) {
        int w = weekdayEnd(k);
        if (w > k) {
            k = w;
            rule += "+weekday";
        }
        Part p = new Part(k, day, kind, rule);
        var dayPart = lex.dayParts.longestAt(s, k);
        if (dayPart != null) {
            p = new Part(dayPart.end(k), day, kind, rule + "+day-part");
            pmBelow = dayPart.value();
        }
        Part clock = clock(p.end(), day, rule + "+clock");
        if (clock == null) clock = colonTime(p.end(), day);
        // 2021年07月14日 08:47: a stamp sets the clock time one space after the day
        if (clock == null && charAt(p.end()) == ' ') clock = colonTime(p.end() + 1, day);
        if (clock == null) return p;
        When when = clock.when();
        if (when != null && when.firstTime() != null && when.first().equals(day.first()) && when.firstTime().getHour() < pmBelow)
            when = day.at(when.firstTime().plusHours(12));
        return new Part(clock.end(), when, kind, rule + "+clock");
    }

    /**
     * 12月20日(周五), 20日星期五, 26日至28日(星期一至星期三): the weekday written after a day, in
     * brackets or not, alone or as a range; the index after it, or k when none stands there.
     */
    int weekdayEnd(int k) {
        boolean bracket = charAt(k) == '(';
        int p = bracket ? k + 1 : k;
        int first = weekday(p);
        if (first < 0) return k;
        p = first;
        int sep = separatorEnd(p);
        if (sep > 0 && weekday(sep) > 0) p = weekday(sep);
        if (bracket) return charAt(p) == ')' ? p + 1 : k;
        return p;
    }

    /**
     * 周五下午, 星期三, 周一至周五: a weekday on its own. Followed by another character of a word it
     * is as often a name (周一鸣), so it stands alone only before a part of the day, a clock time,
     * a range or a break.
     */
    Part weekdayLed(int i) {
        int w = weekday(i);
        if (w < 0) return null;
        Part tail = dayTail(w, null, Kind.RELATIVE, "weekday", 0);
        if (tail.end() > w || !Character.isIdeographic(charAt(w)) || separatorEnd(w) > 0) return tail;
        return null;
    }

    /** 星期五, 周五, 礼拜天: the index after a weekday at p, or -1. */
    private int weekday(int p) {
        int q = s.startsWith("星期", p) || s.startsWith("礼拜", p) || s.startsWith("禮拜", p) ? p + 2 : charAt(p) == '周' ? p + 1 : -1;
        if (q < 0) return -1;
        char d = charAt(q);
        return "一二三四五六日天".indexOf(d) >= 0 && (q > p + 1 || d != '天') ? q + 1 : -1;
    }

    /**
     * 9:30 on its own: two-digit minutes, not inside a run of digits or a ratio (1:50000), not a
     * score (3:1 has one digit).
     */
    Part bareColonTime(int i) {
        if (i > 0 && (Character.isDigit(charAt(i - 1)) || charAt(i - 1) == ':' || charAt(i - 1) == '.')) return null;
        Part p = colonTime(i, null);
        if (p == null || charAt(p.end()) == ':') return null;
        return new Part(p.end(), null, Kind.ABSOLUTE, "colon-clock");
    }

    /** 9时, 9时30分(18秒), 9点半, 9点20; on its own only with 时 (3点 is as often "three points"). */
    Part clock(int i, When day, String rule) {
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
        // 9时许, 9时整 (but 9时整理 is 整理)
        if (charAt(end) == '许' || charAt(end) == '整' && "理顿治改合体个套齐洁".indexOf(charAt(end + 1)) < 0) end++;
        if (day == null) return new Part(end, null, Kind.ABSOLUTE, rule);
        // 24时 is the midnight that ends the day
        if (h.value() == 24) return new Part(end, When.day(day.first().plusDays(1)).at(LocalTime.MIDNIGHT), Kind.ABSOLUTE, rule);
        return new Part(end, day.at(LocalTime.of(h.value(), minutes, seconds)), Kind.ABSOLUTE, rule);
    }

    /** 上午9时, or 上午 alone (one-character parts such as 晚 only after a day); day is known only in a range. */
    Part dayPartLed(int i, When day) {
        var dayPart = lex.dayParts.longestAt(s, i);
        if (dayPart == null) return null;
        // 晚22时, 早8点: a one-character part only before a clock time (alone, 晚 is as often "late")
        if (dayPart.word().length() < 2) {
            Part clock = day == null ? clock(dayPart.end(i), null, "day-part+clock") : null;
            return clock == null ? null : new Part(clock.end(), null, Kind.RELATIVE, "day-part+clock");
        }
        if (day != null) return dayTail(i, day, Kind.RELATIVE, "day-part", 0);
        Part clock = clock(dayPart.end(i), null, "day-part+clock");
        if (clock != null) return new Part(clock.end(), null, Kind.RELATIVE, "day-part+clock");
        return new Part(dayPart.end(i), null, Kind.RELATIVE, "day-part");
    }

    /**
     * 13日 on its own: a day of the month in context. Only digits and 日, and not 3日内 (a duration);
     * as the second end of a range also 十五号 (2018年12月九号到十五号).
     */
    Part bareDay(int i, LocalDate ctx, boolean continuation) {
        Num d = continuation ? number(i, 1, 31, false) : digits(i, 1, 2);
        if (d == null || d.value() < 1 || d.value() > 31) return null;
        char unit = charAt(d.end());
        if (!(unit == '日' || (continuation && unit == '号')) || charAt(d.end() + 1) == '内') return null;
        When day = ctx == null || d.value() > ctx.lengthOfMonth() ? null : When.day(ctx.withDayOfMonth(d.value()));
        return dayTail(d.end() + 1, day, Kind.ABSOLUTE, "day", 0);
    }
}
