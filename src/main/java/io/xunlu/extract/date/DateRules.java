package io.xunlu.extract.date;

import io.xunlu.extract.date.DateLexicon.RelativeWord;
import io.xunlu.extract.date.DateLexicon.Unit;
import io.xunlu.extract.date.NumberReader.Num;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What every rule class of the date grammar reads with: the text, its length, the publication date,
 * the vocabulary, and the character and number readers. Every rule reads a bounded number of
 * characters from its start, so the whole scan stays linear in the text length.
 */
abstract class DateRules {
    /** In a blocked-before column: any Chinese character blocks the word. */
    static final String ANY_IDEOGRAPH = "<ideograph>";

    final DateLexicon lex;
    final String s;
    final int n;
    final LocalDate ref;
    private final NumberReader numbers;

    DateRules(DateText t) {
        this.lex = t.lex();
        this.s = t.s();
        this.n = t.s().length();
        this.ref = t.ref();
        this.numbers = t.numbers();
    }

    static Part longer(Part a, Part b) {
        if (b == null) return a;
        return a == null || b.end() > a.end() ? b : a;
    }

    /** Index after a range separator at i (至, -, ~, —, and the doubled ——), or -1. */
    int separatorEnd(int i) {
        if (i >= n || !lex.rangeSeparators.contains(s.charAt(i))) return -1;
        return s.charAt(i) == '—' && charAt(i + 1) == '—' ? i + 2 : i + 1;
    }

    Vocabulary.Hit<RelativeWord> relativeWord(int i, Unit unit) {
        var hit = lex.relativeWords.longestAt(s, i);
        if (hit == null || hit.value().unit() != unit || blocked(i, hit.value().blockedBefore())) return null;
        return hit;
    }

    boolean blocked(int i, String before) {
        if (i == 0 || before.isEmpty()) return false;
        char prev = s.charAt(i - 1);
        if (before.equals(ANY_IDEOGRAPH)) return Character.isIdeographic(prev);
        return before.indexOf(prev) >= 0;
    }

    char charAt(int i) { return i >= 0 && i < n ? s.charAt(i) : '\0'; }

    /** A start is never inside a run of digits, numerals or Latin letters (5G, 2号线 are not split). */
    boolean canStart(int i) {
        if (i >= n || !lex.canStartWith(s.charAt(i))) return false;
        if (i == 0) return true;
        char c = s.charAt(i), prev = s.charAt(i - 1);
        if (isAsciiDigit(c)) return !isAsciiDigit(prev) && prev != '.' && !isAsciiLetter(prev);
        if (lex.numerals.containsKey(c)) return !lex.numerals.containsKey(prev) && prev != '第';
        return true;
    }

    Num digits(int i, int min, int max) { return numbers.digits(i, min, max); }

    Num chineseDigits(int i, int count) { return numbers.chineseDigits(i, count); }

    Num number(int i, int min, int max, boolean allowLiang) { return numbers.number(i, min, max, allowLiang); }

    static LocalDate date(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) return null;
        return LocalDate.of(y, m, d);
    }

    static boolean isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

    private static boolean isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
}
