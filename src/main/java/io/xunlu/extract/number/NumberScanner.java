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
            if (end - i <= ChineseNumber.MAX_CHARS && isQuantityContext(text, i, end) && !isPercentPrefix(text, i, end)
                    && !isLoneFormal(text, i, end)) {
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
        if (isAsciiDigit(c) || table.isNumeral(c)) return true;
        if (i + 1 >= text.length()) return false;
        char next = text.charAt(i + 1);
        // 负三十二, -10.1: a sign, where it cannot be a range dash (3-5亿元) or a hyphen (T-34)
        if (c == '负' || c == '負') return isAsciiDigit(next) || table.isNumeral(next);
        return c == '-' && isAsciiDigit(next) && (i == 0 || SIGN_CONTEXT.indexOf(text.charAt(i - 1)) >= 0);
    }

    /** Characters after which '-' is a minus sign rather than a dash between figures. */
    private static final String SIGN_CONTEXT = " \t\n(,:;=、,。:;(“\"为是";

    /** End of the maximal numeral stretch from i (may be longer than MAX_CHARS). */
    private int runEnd(CharSequence text, int i) {
        int n = text.length();
        int j = i;
        if (!isAsciiDigit(text.charAt(i)) && !table.isNumeral(text.charAt(i))) j++;   // the sign
        boolean chineseStart = j < n && !isAsciiDigit(text.charAt(j));
        boolean scaleSeen = false, digitSeen = false;
        while (j < n) {
            char c = text.charAt(j);
            char prev = j > i ? text.charAt(j - 1) : 0;
            char next = j + 1 < n ? text.charAt(j + 1) : 0;
            // 队伍135支: a lone Chinese numeral character (伍) never starts an Arabic figure;
            // 一百点123, 一百分之2, 200亿零四千230 may go on in Arabic digits
            if (isAsciiDigit(c) && chineseStart && !scaleSeen) break;
            if (isAsciiDigit(c) || table.isNumeral(c)) {
                if (table.isScale(c) || table.role(c) == NumeralTable.Role.TENS) scaleSeen = true;
                else if (!isAsciiDigit(c)) digitSeen = true;
                j++;
                continue;
            }
            boolean afterNumeral = isAsciiDigit(prev) || table.isNumeral(prev);
            if (c == '.' && isAsciiDigit(prev) && isAsciiDigit(next)) { j++; continue; }
            if (c == ',' && isThousandsComma(text, i, j)) { j++; continue; }
            if (ChineseNumber.isPoint(c) && afterNumeral && (table.isDigit(next) || isAsciiDigit(next))) { j++; continue; }
            // 一千多万, 500余万, 十几万, 十几: a vague marker inside a figure
            if ((c == '多' || c == '余' || c == '餘') && afterNumeral && table.isScale(next)) { j++; continue; }
            if ((c == '几' || c == '幾') && (table.isScale(prev) || prev == '零') && (next == 0 || !table.isDigit(next))) { j++; continue; }
            // 五分之一, 一百分之2 (not 百分之三十, a percent): a fraction needs a digit in its denominator
            if (c == '分' && next == '之' && afterNumeral && (digitSeen || isAsciiDigit(prev) || hasAsciiDigit(text, i, j)) && j + 2 < n
                    && (startsNumeral(text, j + 2) || text.charAt(j + 2) == '负')) {
                j += 2;
                scaleSeen = true;   // the numerator may be Arabic (一百分之2)
                continue;
            }
            if (c == '又' && afterNumeral && j + 1 < n && (isAsciiDigit(next) || table.isNumeral(next))) { j++; scaleSeen = true; continue; }
            if ((c == '负' || c == '負') && j >= 2 && text.charAt(j - 1) == '之' && text.charAt(j - 2) == '分') { j++; continue; }
            break;
        }
        return j;
    }

    private static boolean hasAsciiDigit(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) if (isAsciiDigit(text.charAt(k))) return true;
        return false;
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

    /**
     * 伍 in 队伍, 陆 in 陆续, 拾 in 收拾: a lone financial numeral in running text is a word, unless
     * money follows it (壹元整, 贰角).
     */
    private boolean isLoneFormal(CharSequence text, int start, int end) {
        if (end - start != 1) return false;
        char c = text.charAt(start);
        if (table.role(c) != NumeralTable.Role.FORMAL_DIGIT && "拾佰仟".indexOf(c) < 0) return false;
        return end >= text.length() || "元圆圓角分点點".indexOf(text.charAt(end)) < 0;
    }

    /** 百分之三十, 百分三十, 千分之五: the leading scale is part of a percent word, not a number. */
    private boolean isPercentPrefix(CharSequence text, int start, int end) {
        if (end >= text.length() || text.charAt(end) != '分') return false;
        if (ChineseNumber.isSign(text.charAt(start))) start++;
        for (int k = start; k < end; k++) if (!table.isScale(text.charAt(k))) return false;
        return true;
    }

    private boolean isQuantityContext(CharSequence text, int start, int end) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (before == '第' || isLatinLetter(before)) return false;
            // 第 120次: an ordinal whose number stands one space after 第
            if (before == ' ' && start > 1 && text.charAt(start - 2) == '第') return false;
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
        // 一百千(瓦): a rising scale at the end may begin a unit; give back up to two scale characters
        for (int e = end - 1; e > start && e >= end - 2 && table.isScale(text.charAt(e)); e--) {
            Optional<ParsedNumber> shorter = ChineseNumber.parseDetailed(text.subSequence(start, e));
            if (shorter.isPresent()) {
                into.add(new NumeralRun(new LocalSpan(start, e), shorter.get()));
                return end;     // the scales given back belong to the unit, not to another numeral
            }
        }
        int cut = firstSeam(text, start, end);
        if (cut <= start) return start;
        Optional<ParsedNumber> head = ChineseNumber.parseDetailed(text.subSequence(start, cut));
        if (head.isEmpty()) return start;
        into.add(new NumeralRun(new LocalSpan(start, cut), head.get()));
        return cut;
    }

    /**
     * Where a run that does not parse whole is cut: before its first joiner (又, 分之, 多, 点) or
     * after its first scale that a digit follows (5亿|三千万 when the whole is malformed).
     */
    private int firstSeam(CharSequence text, int start, int end) {
        for (int e = start + 1; e < end; e++) {
            char c = text.charAt(e);
            if (c == '又' || c == '分' || ChineseNumber.isMarker(c) || ChineseNumber.isPoint(c)) return e;
            if (table.isScale(text.charAt(e - 1)) && (isAsciiDigit(c) || table.isDigit(c))) return e;
        }
        return start;
    }

    static boolean isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

    static boolean isLatinLetter(char c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'; }
}
