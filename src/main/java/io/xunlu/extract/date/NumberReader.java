package io.xunlu.extract.date;

import java.util.Map;

/**
 * Reads the small numbers dates are made of at a position: ASCII digits (never more than asked for,
 * so a run of a million digits costs a few steps) and Chinese numerals (九, 十二, 二十一, 二〇二三).
 */
final class NumberReader {
    /** A number and the index just after it. */
    record Num(int value, int end) {}

    private final String s;
    private final int n;
    private final Map<Character, Integer> numerals;

    NumberReader(String text, Map<Character, Integer> numerals) {
        this.s = text;
        this.n = text.length();
        this.numerals = numerals;
    }

    /** Between min and max ASCII digits, not followed by another digit; null otherwise (reads at most max+1 chars). */
    Num digits(int i, int min, int max) {
        int value = 0, k = i;
        while (k < n && k - i <= max && isAsciiDigit(s.charAt(k))) value = value * 10 + (s.charAt(k++) - '0');
        int count = k - i;
        if (count < min || count > max) return null;
        return new Num(value, k);
    }

    /** Exactly count Chinese digits 〇–九 (no 十), as in 二〇二三. */
    Num chineseDigits(int i, int count) {
        int value = 0;
        for (int k = i; k < i + count; k++) {
            Integer d = numerals.get(at(k));
            if (d == null || d > 9 || at(k) == '两') return null;
            value = value * 10 + d;
        }
        return new Num(value, i + count);
    }

    /** A small number in [min, max], ASCII (at most 2 digits) or Chinese (九, 十二, 二十一); 两 only where allowed. */
    Num number(int i, int min, int max, boolean allowLiang) {
        Num num = digits(i, 1, 2);
        if (num == null) num = chineseNumber(i, allowLiang);
        return num == null || num.value < min || num.value > max ? null : num;
    }

    private Num chineseNumber(int i, boolean allowLiang) {
        Integer first = numerals.get(at(i));
        if (first == null || (!allowLiang && at(i) == '两')) return null;
        int value, end;
        if (first == 10) {
            Integer unit = digitAt(i + 1);
            value = unit == null ? 10 : 10 + unit;
            end = unit == null ? i + 1 : i + 2;
        } else if (at(i + 1) == '十') {
            Integer unit = digitAt(i + 2);
            value = first * 10 + (unit == null ? 0 : unit);
            end = unit == null ? i + 2 : i + 3;
        } else {
            value = first;
            end = i + 1;
        }
        return numerals.containsKey(at(end)) ? null : new Num(value, end);
    }

    private Integer digitAt(int i) {
        Integer d = numerals.get(at(i));
        return d == null || d == 0 || d > 9 || at(i) == '两' ? null : d;
    }

    private char at(int i) { return i >= 0 && i < n ? s.charAt(i) : '\0'; }

    private static boolean isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
}
