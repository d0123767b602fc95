package io.xunlu.extract.date;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The resolved value of a date expression: a first and a last day (inclusive), with clock times
 * where the text gives them. Printed as the most compact ISO form that says the same thing.
 */
record When(LocalDate first, LocalDate last, LocalTime firstTime, LocalTime lastTime) {

    static When day(LocalDate d) { return new When(d, d, null, null); }

    static When days(LocalDate first, LocalDate last) {
        return first.isAfter(last) ? null : new When(first, last, null, null);
    }

    static When month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new When(first, first.withDayOfMonth(first.lengthOfMonth()), null, null);
    }

    static When year(int year) { return new When(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null); }

    /** A clock time on this value's first day (10月17日9时). */
    When at(LocalTime time) { return new When(first, first, time, null); }

    /** From the start of this value to the end of {@code later} (the two ends of 至). */
    When through(When later) {
        if (later == null || later.last.isBefore(first)) return null;
        LocalTime endTime = later.lastTime != null ? later.lastTime : later.firstTime;
        return new When(first, later.last, firstTime, endTime);
    }

    String iso() {
        if (firstTime != null) {
            String start = first + "T" + firstTime;
            if (lastTime == null && last.equals(first)) return start;
            String end = lastTime == null ? last.toString() : last + "T" + lastTime;
            return start + "/" + end;
        }
        if (first.equals(last)) return first.toString();
        boolean wholeMonths = first.getDayOfMonth() == 1 && last.getDayOfMonth() == last.lengthOfMonth();
        if (wholeMonths && first.getYear() == last.getYear()) {
            if (first.getMonthValue() == last.getMonthValue()) return first.toString().substring(0, 7);
            if (first.getMonthValue() == 1 && last.getMonthValue() == 12) return Integer.toString(first.getYear());
        }
        return first + "/" + last;
    }
}
