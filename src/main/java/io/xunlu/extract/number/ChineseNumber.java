package io.xunlu.extract.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Exact numeral parsing: Arabic (1,234.5), Chinese (一百八十六, 两千六 = 2600, 三万五 = 35000,
 * 一万零五百, 十五, 三点五), financial (壹佰贰拾), positional (二〇二三) and mixed (1.2万亿, 3千万).
 * The whole input must be one numeral: 一些, 第一, 四川 give empty. Inputs longer than
 * {@link #MAX_CHARS} are rejected at once, so a 500-digit run costs nothing.
 */
public final class ChineseNumber {
    /** Longest numeral accepted; news figures are far shorter, anything longer is noise. */
    public static final int MAX_CHARS = 40;

    private ChineseNumber() {}

    /** The value of the numeral, or empty when the text is not exactly one numeral. */
    public static Optional<BigDecimal> parse(CharSequence text) {
        return parseDetailed(text).map(ParsedNumber::value);
    }

    /** The value and trailing scale of the numeral, or empty when the text is not one numeral. */
    public static Optional<ParsedNumber> parseDetailed(CharSequence text) {
        if (text == null || text.length() == 0 || text.length() > MAX_CHARS) return Optional.empty();
        char first = text.charAt(0);
        return (first >= '0' && first <= '9') ? parseArabic(text) : parseChinese(text);
    }

    /** Digits with optional thousands separators and decimals, then optional scale characters. */
    private static Optional<ParsedNumber> parseArabic(CharSequence s) {
        NumeralTable table = NumeralTable.get();
        StringBuilder digits = new StringBuilder();
        int i = 0, n = s.length(), groupDigits = 0;
        boolean sawComma = false, sawPoint = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                groupDigits++;
            } else if (c == ',' && !sawPoint) {
                // thousands separator: the group before has 1–3 digits (3 after the first comma)
                if (groupDigits == 0 || groupDigits > 3 || (sawComma && groupDigits != 3)) return Optional.empty();
                sawComma = true;
                groupDigits = 0;
            } else if (c == '.' && !sawPoint) {
                if (sawComma && groupDigits != 3) return Optional.empty();
                sawPoint = true;
                digits.append('.');
                groupDigits = 0;
            } else {
                break;
            }
        }
        if (digits.length() == 0 || digits.charAt(digits.length() - 1) == '.') return Optional.empty();
        if (sawComma && !sawPoint && groupDigits != 3) return Optional.empty();
        BigDecimal value = new BigDecimal(digits.toString());
        BigDecimal scale = BigDecimal.ONE;
        int scalesFrom = i;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!table.isScale(c)) return Optional.empty();
            scale = scale.multiply(BigDecimal.valueOf(table.value(c)));
        }
        if (!scaleChainIsSane(s, scalesFrom, n)) return Optional.empty();
        return Optional.of(new ParsedNumber(value.multiply(scale), scale, false));
    }

    /** A run of scales after Arabic digits: at most three (3千万亿 is the most news ever writes). */
    private static boolean scaleChainIsSane(CharSequence s, int from, int to) {
        if (to - from > 3) return false;
        NumeralTable table = NumeralTable.get();
        for (int i = from + 1; i < to; i++) {
            // 亿亿, 万万: nobody writes these; treat as noise
            int a = table.value(s.charAt(i - 1)), b = table.value(s.charAt(i));
            if (a == b) return false;
        }
        return true;
    }

    private static Optional<ParsedNumber> parseChinese(CharSequence s) {
        int point = indexOf(s, '点');
        if (point < 0) return parseChineseInteger(s, 0, s.length());
        // 三点五, 十二点五万: integer part, then fractional digits, then optional scales
        Optional<ParsedNumber> whole = parseChineseInteger(s, 0, point);
        if (whole.isEmpty() || whole.get().hasScale() && !endsWithTen(s, point)) return Optional.empty();
        NumeralTable table = NumeralTable.get();
        StringBuilder fraction = new StringBuilder();
        int i = point + 1;
        for (; i < s.length() && table.isDigit(s.charAt(i)); i++) fraction.append(table.value(s.charAt(i)));
        if (fraction.length() == 0) return Optional.empty();
        BigDecimal scale = BigDecimal.ONE;
        int scalesFrom = i;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!table.isScale(c)) return Optional.empty();
            scale = scale.multiply(BigDecimal.valueOf(table.value(c)));
        }
        if (!scaleChainIsSane(s, scalesFrom, s.length())) return Optional.empty();
        BigDecimal value = new BigDecimal(whole.get().value().toBigInteger() + "." + fraction).multiply(scale);
        return Optional.of(new ParsedNumber(value, scale, true));
    }

    private static boolean endsWithTen(CharSequence s, int end) {
        return end > 0 && NumeralTable.get().isScale(s.charAt(end - 1))
                && NumeralTable.get().value(s.charAt(end - 1)) == 10;
    }

    /**
     * Chinese integer in [from, to). Sections are closed by 万 and 亿; within a section 十百千 must
     * fall; a digit after the last scale with no 零 between is an abbreviation (两千六 = 2600).
     */
    private static Optional<ParsedNumber> parseChineseInteger(CharSequence s, int from, int to) {
        NumeralTable table = NumeralTable.get();
        if (from >= to) return Optional.empty();
        boolean anyScale = false;
        for (int i = from; i < to; i++) {
            NumeralTable.Role role = table.role(s.charAt(i));
            if (role == null || s.charAt(i) >= '0' && s.charAt(i) <= '9') return Optional.empty();
            if (role == NumeralTable.Role.SCALE) anyScale = true;
        }
        if (!anyScale) return positional(s, from, to);

        BigInteger result = BigInteger.ZERO;
        long section = 0;
        int digit = -1;            // pending digit, -1 when none
        long lastSmallScale = 0;   // last 十百千 in this section, to insist they fall
        long lastScale = 0;        // last scale of any size, for abbreviations
        boolean zeroSinceScale = false;
        char prev = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (table.isDigit(c)) {
                if (digit >= 0) return Optional.empty();           // 一二千: vague, not a numeral
                int d = table.value(c);
                if (d == 0) zeroSinceScale = true; else digit = d;
            } else {
                long scale = table.value(c);
                if (scale < 10_000) {
                    int n;
                    if (digit >= 0) n = digit;
                    else if (i == from || zeroSinceScale && scale == 10) n = 1;  // 十五, 百亿, 一百零十
                    else return Optional.empty();
                    if (lastSmallScale != 0 && scale >= lastSmallScale) return Optional.empty();
                    section += n * scale;
                    lastSmallScale = scale;
                } else {
                    if (prev != 0 && table.isScale(prev) && table.value(prev) == scale) return Optional.empty();
                    long pending = section + Math.max(digit, 0);
                    if (scale == 10_000) {
                        if (pending == 0) return Optional.empty();   // 万 with nothing before it
                        result = result.add(BigInteger.valueOf(pending * 10_000));
                    } else {
                        BigInteger before = result.add(BigInteger.valueOf(pending));
                        if (before.signum() == 0) return Optional.empty();
                        result = before.multiply(BigInteger.valueOf(100_000_000));
                    }
                    section = 0;
                    lastSmallScale = 0;
                }
                digit = -1;
                lastScale = scale;
                zeroSinceScale = false;
            }
            prev = c;
        }
        if (digit >= 0) {
            boolean abbreviated = !zeroSinceScale && lastScale >= 10 && table.isScale(s.charAt(to - 2));
            long unit = abbreviated ? lastScale / 10 : 1;
            result = result.add(BigInteger.valueOf(section)).add(BigInteger.valueOf(digit).multiply(BigInteger.valueOf(unit)));
        } else {
            result = result.add(BigInteger.valueOf(section));
        }
        return Optional.of(new ParsedNumber(new BigDecimal(result), trailingScale(s, from, to), true));
    }

    /** 二〇二三, 三: digits read one by one. A lone financial digit (陆, 伍) is more likely a name. */
    private static Optional<ParsedNumber> positional(CharSequence s, int from, int to) {
        NumeralTable table = NumeralTable.get();
        if (to - from == 1 && table.role(s.charAt(from)) == NumeralTable.Role.FORMAL_DIGIT) return Optional.empty();
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) b.append(table.value(s.charAt(i)));
        return Optional.of(new ParsedNumber(new BigDecimal(b.toString()), BigDecimal.ONE, true));
    }

    private static BigDecimal trailingScale(CharSequence s, int from, int to) {
        NumeralTable table = NumeralTable.get();
        BigDecimal scale = BigDecimal.ONE;
        for (int i = to - 1; i >= from && table.isScale(s.charAt(i)); i--) {
            scale = scale.multiply(BigDecimal.valueOf(table.value(s.charAt(i))));
        }
        return scale;
    }

    private static int indexOf(CharSequence s, char c) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) return i;
        return -1;
    }
}
