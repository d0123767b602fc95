package io.xunlu.extract.number;

import io.xunlu.extract.LocalSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the numerals of a text in one left-to-right pass. A run is a maximal stretch of numeral
 * characters (with ',' thousands groups, '.' and 点 decimals between digits); it is parsed as a
 * whole, or else as its longest parsable prefix (5亿3000万 → 5亿, then 3000万). Runs longer than
 * {@link ChineseNumber#MAX_CHARS} are skipped whole, so 10 MB of digits costs one pass.
 *
 * <p>Skipped as not being quantities: ordinals (第21), numerals glued to Latin letters (5G, T3),
 * and numerals inside listed words (四川, 一些, 数百).
 */
public final class NumberScanner {
    private final NumeralTable table;

    public NumberScanner() { this.table = NumeralTable.get(); }

    /** Every numeral run of text, in order. */
    public List<NumeralRun> scan(CharSequence text) {
        List<NumeralRun> runs = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!startsNumeral(text, i)) { i++; continue; }
            int end = runEnd(text, i);
            if (end - i <= ChineseNumber.MAX_CHARS && isQuantityContext(text, i, end)) {
                int parsedEnd = addLongestParsable(text, i, end, runs);
                // the unparsed tail may start a numeral of its own (5亿3000万)
                if (parsedEnd > i && parsedEnd < end) { i = parsedEnd; continue; }
            }
            i = end;
        }
        return runs;
    }

    /** The numeral run starting exactly at start, if one does. */
    public Optional<NumeralRun> at(CharSequence text, int start) {
        if (start < 0 || start >= text.length() || !startsNumeral(text, start)) return Optional.empty();
        int end = runEnd(text, start);
        if (end - start > ChineseNumber.MAX_CHARS) return Optional.empty();
        List<NumeralRun> one = new ArrayList<>(1);
        addLongestParsable(text, start, end, one);
        return one.stream().findFirst();
    }

    private boolean startsNumeral(CharSequence text, int i) {
        char c = text.charAt(i);
        return isAsciiDigit(c) || table.isNumeral(c);
    }

    /** End of the maximal numeral stretch from i (may be longer than MAX_CHARS). */
    private int runEnd(CharSequence text, int i) {
        int n = text.length();
        int j = i;
        boolean chineseStart = !isAsciiDigit(text.charAt(i));
        while (j < n) {
            char c = text.charAt(j);
            // 队伍428支: a Chinese numeral character (伍) never starts an Arabic figure
            if (isAsciiDigit(c) && chineseStart) break;
            if (isAsciiDigit(c) || table.isNumeral(c)) { j++; continue; }
            if (c == '.' && j > i && isAsciiDigit(text.charAt(j - 1)) && j + 1 < n && isAsciiDigit(text.charAt(j + 1))) { j++; continue; }
            if (c == ',' && isThousandsComma(text, i, j)) { j++; continue; }
            if (c == '点' && j > i && table.isNumeral(text.charAt(j - 1)) && j + 1 < n && table.isDigit(text.charAt(j + 1))) { j++; continue; }
            break;
        }
        return j;
    }

    /** ',' at j with 1–3 ASCII digits before it (in this group) and exactly 3 after. */
    private static boolean isThousandsComma(CharSequence text, int runStart, int j) {
        int before = 0;
        for (int k = j - 1; k >= runStart && isAsciiDigit(text.charAt(k)); k--) before++;
        if (before == 0 || before > 3) return false;
        int after = 0;
        for (int k = j + 1; k < text.length() && k <= j + 4 && isAsciiDigit(text.charAt(k)); k++) after++;
        return after == 3;
    }

    private boolean isQuantityContext(CharSequence text, int start, int end) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (before == '第' || isLatinLetter(before)) return false;
        }
        return !table.insideNotNumber(text, start);
    }

    /**
     * Parses [start, end) whole, else up to its first scale-then-digit seam (5亿|3000万); adds the
     * run and returns where it ends, or returns start when neither parses. Two parses at most, so
     * the scan stays linear however the input is built.
     */
    private int addLongestParsable(CharSequence text, int start, int end, List<NumeralRun> into) {
        Optional<ParsedNumber> whole = ChineseNumber.parseDetailed(text.subSequence(start, end));
        if (whole.isPresent()) {
            into.add(new NumeralRun(new LocalSpan(start, end), whole.get()));
            return end;
        }
        for (int e = start + 1; e < end; e++) {
            if (table.isScale(text.charAt(e - 1)) && (isAsciiDigit(text.charAt(e)) || table.isDigit(text.charAt(e)))) {
                Optional<ParsedNumber> head = ChineseNumber.parseDetailed(text.subSequence(start, e));
                if (head.isEmpty()) return start;
                into.add(new NumeralRun(new LocalSpan(start, e), head.get()));
                return e;
            }
        }
        return start;
    }

    static boolean isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

    static boolean isLatinLetter(char c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'; }
}
