package io.xunlu.extract.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Exact numeral parsing: Arabic (1,234.5), Chinese (一百八十六, 两千六 = 2600, 三万五 = 35000,
 * 一万零五百, 十五, 三点五, 两千万点五), financial (壹佰贰拾), positional (二〇二三), mixed
 * (1.2万亿, 3千万, 1万600, 2千零30万), signed (负三十二, -10.1), fractions (五分之一, 三又三分之一),
 * vague numerals (一千多万, 十几, 500余万 → approximate, the low end) and neighbouring-digit
 * pairs (三五百 → 300 to 500, 十五六 → 15 to 16). The whole input must be one numeral: 一些, 第一,
 * 四川, 两两 give empty. Inputs longer than {@link #MAX_CHARS} are rejected at once.
 */
public final class ChineseNumber {
    /** Longest numeral accepted; news figures are far shorter, anything longer is noise. */
    public static final int MAX_CHARS = 40;
    /** Digits of a fraction after 点: enough for any figure, fixed so division stays exact enough. */
    private static final MathContext QUOTIENT = MathContext.DECIMAL64;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private ChineseNumber() {}

    /** The value of the numeral, or empty when the text is not exactly one numeral. */
    public static Optional<BigDecimal> parse(CharSequence text) {
        return parseDetailed(text).map(ParsedNumber::value);
    }

    /** The value and trailing scale of the numeral, or empty when the text is not one numeral. */
    public static Optional<ParsedNumber> parseDetailed(CharSequence text) {
        if (text == null || text.length() == 0 || text.length() > MAX_CHARS) return Optional.empty();
        String s = text.toString();
        if (isSign(s.charAt(0))) {
            if (s.length() == 1 || isSign(s.charAt(1))) return Optional.empty();
            return unsigned(s.substring(1)).map(ParsedNumber::negate);
        }
        return unsigned(s);
    }

    static boolean isSign(char c) { return c == '负' || c == '負' || c == '-'; }

    /** Markers of a vague numeral: 多 and 余 after a figure, 几 in place of a digit. */
    static boolean isMarker(char c) { return c == '多' || c == '余' || c == '餘' || c == '几' || c == '幾'; }

    static boolean isPoint(char c) { return c == '点' || c == '點'; }

    private static Optional<ParsedNumber> unsigned(String s) {
        int and = s.indexOf('又');
        if (and >= 0) {
            // 三又三分之一: a whole number and a fraction
            Optional<ParsedNumber> whole = plain(s.substring(0, and));
            Optional<ParsedNumber> part = s.indexOf("分之", and) > 0 ? fraction(s.substring(and + 1)) : Optional.empty();
            if (whole.isEmpty() || part.isEmpty() || part.get().value().signum() < 0 || whole.get().approximate()) return Optional.empty();
            return Optional.of(new ParsedNumber(whole.get().value().add(part.get().value()), BigDecimal.ONE, true));
        }
        if (s.contains("分之")) return fraction(s);
        return plain(s);
    }

    /** A分之B: B divided by A; either side may carry a sign (负3分之负一百五十七). */
    private static Optional<ParsedNumber> fraction(String s) {
        int at = s.indexOf("分之");
        if (at <= 0 || s.indexOf("分之", at + 2) >= 0) return Optional.empty();
        Optional<ParsedNumber> den = plain(s.substring(0, at));
        Optional<ParsedNumber> num = parseDetailed(s.substring(at + 2));
        if (den.isEmpty() || num.isEmpty() || den.get().value().signum() == 0) return Optional.empty();
        if (den.get().approximate() || num.get().approximate() || den.get().high() != null || num.get().high() != null)
            return Optional.empty();
        BigDecimal value = num.get().value().divide(den.get().value(), QUOTIENT).stripTrailingZeros();
        return Optional.of(new ParsedNumber(value, BigDecimal.ONE, true));
    }

    /** A numeral without sign or fraction: Arabic, Chinese or mixed, with an optional decimal part. */
    private static Optional<ParsedNumber> plain(String s) {
        if (s.isEmpty()) return Optional.empty();
        int point = indexOfPoint(s);
        if (point >= 0) return withPoint(s, point);
        Optional<ParsedNumber> pair = neighbouringDigits(s);
        if (pair != null) return pair;
        Optional<ParsedNumber> vague = vaguePair(s);
        if (vague != null) return vague;
        return integer(s);
    }

    private static int indexOfPoint(String s) {
        for (int i = 0; i < s.length(); i++) if (isPoint(s.charAt(i))) return i;
        return -1;
    }

    /**
     * 三点五, 十二点五万 (the scale applies to the decimal), 两千万点五 (the decimal follows the
     * whole). 两 never stands after the point: 一点两 is not a number.
     */
    private static Optional<ParsedNumber> withPoint(String s, int point) {
        NumeralTable table = NumeralTable.get();
        Optional<ParsedNumber> whole = integer(s.substring(0, point));
        if (whole.isEmpty() || whole.get().approximate() || whole.get().high() != null) return Optional.empty();
        StringBuilder fraction = new StringBuilder();
        int i = point + 1;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!table.isDigit(c) || c == '两' || c == '兩' || c == '俩' || c == '倆') break;
            fraction.append(table.value(c));
        }
        if (fraction.length() == 0) return Optional.empty();
        BigDecimal scale = BigDecimal.ONE;
        int scalesFrom = i;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!table.isScale(c)) return Optional.empty();
            scale = scale.multiply(BigDecimal.valueOf(table.value(c)));
        }
        if (!scaleChainIsSane(s, scalesFrom, s.length())) return Optional.empty();
        BigDecimal decimals = new BigDecimal("0." + fraction);
        BigDecimal value;
        if (scalesFrom < s.length()) {
            if (whole.get().hasScale() && !endsWithTen(s, point)) return Optional.empty();
            value = whole.get().value().add(decimals).multiply(scale);
        } else {
            value = whole.get().value().add(decimals);
        }
        return Optional.of(new ParsedNumber(value, scale, true));
    }

    private static boolean endsWithTen(CharSequence s, int end) {
        return end > 0 && NumeralTable.get().isScale(s.charAt(end - 1))
                && NumeralTable.get().value(s.charAt(end - 1)) == 10;
    }

    /** A run of scales after a figure: at most three (3千万亿); 亿亿 is noise, 万万 an old 亿. */
    private static boolean scaleChainIsSane(CharSequence s, int from, int to) {
        if (to - from > 3) return false;
        NumeralTable table = NumeralTable.get();
        for (int i = from + 1; i < to; i++) {
            int a = table.value(s.charAt(i - 1)), b = table.value(s.charAt(i));
            if (a == b && a != 10_000) return false;
        }
        return true;
    }

    /**
     * 三五百, 十五六, 七百三四十, 八九亿: two neighbouring Chinese digits in a numeral with scales
     * name a low and a high value. Null when the pattern does not apply (parse normally).
     */
    private static Optional<ParsedNumber> neighbouringDigits(String s) {
        NumeralTable table = NumeralTable.get();
        int at = -1;
        boolean anyScale = false;
        for (int i = 0; i < s.length(); i++) if (table.isScale(s.charAt(i))) anyScale = true;
        if (!anyScale) return null;       // 一二三 is read digit by digit
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char d = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (c > '9' && d > '9' && table.role(c) == NumeralTable.Role.DIGIT && table.role(d) == NumeralTable.Role.DIGIT) {
                int a = table.value(c), b = table.value(d);
                if (a == 0 || b == 0) continue;
                if (b <= a || b - a > 2 || at >= 0) return at >= 0 ? Optional.empty() : null;
                at = i;
            }
        }
        if (at < 0 || !anyScale) return null;
        Optional<ParsedNumber> low = integer(s.substring(0, at + 1) + s.substring(at + 2));
        Optional<ParsedNumber> high = integer(s.substring(0, at) + s.substring(at + 1));
        if (low.isEmpty() || high.isEmpty() || low.get().approximate()) return Optional.empty();
        if (low.get().value().compareTo(high.get().value()) >= 0) return Optional.empty();
        return Optional.of(new ParsedNumber(low.get().value(), low.get().trailingScale(), true, true, high.get().value()));
    }

    /**
     * 七八, 两三, 三五: two Chinese digits alone, the second one (or 三五 two) above the first, are
     * a vague pair (七八公斤 = 7 to 8 kg, 两三天): 78 is written 七十八, never 七八. Null when the
     * pattern does not apply; 九九, 五四 and 一二三 stay digit by digit.
     */
    private static Optional<ParsedNumber> vaguePair(String s) {
        if (s.length() != 2) return null;
        NumeralTable table = NumeralTable.get();
        char c = s.charAt(0), d = s.charAt(1);
        if (c <= '9' || d <= '9' || table.role(c) != NumeralTable.Role.DIGIT || table.role(d) != NumeralTable.Role.DIGIT) return null;
        int a = table.value(c), b = table.value(d);
        if (a == 0 || !(b == a + 1 || a == 3 && b == 5)) return null;
        return Optional.of(new ParsedNumber(BigDecimal.valueOf(a), BigDecimal.ONE, true, true, BigDecimal.valueOf(b)));
    }

    // ---- integers: a token list of figures, scales and vague markers ----

    private enum Kind { FIGURE, ZERO, SCALE, MARK }

    /** value: the figure (a Chinese digit or an Arabic group) or the scale; arabic: written in ASCII digits. */
    private record Token(Kind kind, BigDecimal value, boolean arabic, boolean decimal) {}

    private static List<Token> tokens(String s) {
        NumeralTable table = NumeralTable.get();
        List<Token> out = new ArrayList<>();
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                int end = arabicEnd(s, i);
                if (end < 0) return null;
                String digits = s.substring(i, end).replace(",", "");
                out.add(new Token(Kind.FIGURE, new BigDecimal(digits), true, digits.indexOf('.') >= 0));
                i = end;
                continue;
            }
            NumeralTable.Role role = table.role(c);
            if (role == NumeralTable.Role.TENS) {
                out.add(new Token(Kind.FIGURE, BigDecimal.valueOf(table.value(c) / 10), false, false));
                out.add(new Token(Kind.SCALE, BigDecimal.TEN, false, false));
            } else if (role == NumeralTable.Role.SCALE) {
                out.add(new Token(Kind.SCALE, BigDecimal.valueOf(table.value(c)), false, false));
            } else if (role != null) {
                int d = table.value(c);
                out.add(new Token(d == 0 ? Kind.ZERO : Kind.FIGURE, BigDecimal.valueOf(d), false, false));
            } else if (isMarker(c)) {
                out.add(new Token(Kind.MARK, c == '几' || c == '幾' ? BigDecimal.ONE : BigDecimal.ZERO, false, false));
            } else {
                return null;
            }
            i++;
        }
        return out;
    }

    /** End of an ASCII figure at i (digits, ',' thousands groups, one '.'), or -1 when malformed. */
    private static int arabicEnd(String s, int i) {
        int n = s.length(), groupDigits = 0, j = i;
        boolean sawComma = false, sawPoint = false;
        for (; j < n; j++) {
            char c = s.charAt(j);
            if (c >= '0' && c <= '9') {
                groupDigits++;
            } else if (c == ',' && !sawPoint) {
                if (groupDigits == 0 || groupDigits > 3 || (sawComma && groupDigits != 3)) return -1;
                sawComma = true;
                groupDigits = 0;
            } else if (c == '.' && !sawPoint) {
                if (sawComma && groupDigits != 3) return -1;
                if (j + 1 >= n || s.charAt(j + 1) < '0' || s.charAt(j + 1) > '9') return -1;
                sawPoint = true;
                groupDigits = 0;
            } else {
                break;
            }
        }
        if (sawComma && !sawPoint && groupDigits != 3) return -1;
        if (j < n && (s.charAt(j) == '.' || s.charAt(j) == ',')) return -1;
        return j;
    }

    private static Optional<ParsedNumber> integer(String s) {
        List<Token> t = tokens(s);
        if (t == null || t.isEmpty()) return Optional.empty();
        boolean anyScale = false, anyArabic = false, chinese = false;
        for (Token k : t) {
            if (k.kind() == Kind.SCALE) anyScale = true;
            if (k.arabic()) anyArabic = true; else if (k.kind() != Kind.MARK) chinese = true;
        }
        if (!anyScale) return noScale(s, t, anyArabic);
        if (t.get(0).arabic() && onlyScalesAfterFirst(t)) {
            // 1.2万亿, 3千万亿, 12.5万千(瓦): an Arabic figure times its scales; the unit reader
            // gives back scale characters that begin a unit
            if (!scaleChainIsSane(s, s.length() - (t.size() - 1), s.length())) return Optional.empty();
            BigDecimal scale = BigDecimal.ONE;
            for (int i = 1; i < t.size(); i++) scale = scale.multiply(t.get(i).value());
            return Optional.of(new ParsedNumber(t.get(0).value().multiply(scale), scale, false));
        }
        // a decimal figure takes scales only: 1.2万亿, not 1.5万3千
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).decimal()) {
                if (i != 0) return Optional.empty();
                for (int j = 1; j < t.size(); j++) if (t.get(j).kind() != Kind.SCALE) return Optional.empty();
                if (!scaleChainIsSane(s, s.length() - (t.size() - 1), s.length())) return Optional.empty();
            }
        }
        return sections(s, t, chinese && !anyArabic);
    }

    private static boolean onlyScalesAfterFirst(List<Token> t) {
        for (int i = 1; i < t.size(); i++) if (t.get(i).kind() != Kind.SCALE) return false;
        return true;
    }

    /** 二〇二三 read digit by digit, or one Arabic figure. A lone 伍 or 陆 is a name, 两两 no number. */
    private static Optional<ParsedNumber> noScale(String s, List<Token> t, boolean anyArabic) {
        if (anyArabic) {
            if (t.size() != 1) return Optional.empty();
            return Optional.of(new ParsedNumber(t.get(0).value(), BigDecimal.ONE, false));
        }
        NumeralTable table = NumeralTable.get();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isMarker(c) || s.length() > 1 && (c == '两' || c == '兩' || c == '俩' || c == '倆')) return Optional.empty();
            b.append(table.value(c));
        }
        return Optional.of(new ParsedNumber(new BigDecimal(b.toString()), BigDecimal.ONE, true));
    }

    /**
     * Sections closed by 万 and 亿; within a section 十百千 must fall; a Chinese digit right after a
     * scale with no 零 between is an abbreviation (两千六 = 2600, 百二万 = 120万). A vague marker
     * (多, 余, 几) stands for digits that are not said: the value is the low end.
     */
    private static Optional<ParsedNumber> sections(String s, List<Token> t, boolean allChinese) {
        NumeralTable table = NumeralTable.get();
        BigDecimal result = BigDecimal.ZERO, section = BigDecimal.ZERO;
        Token pending = null;
        long lastSmall = 0, lastScale = 0;
        boolean zeroSinceScale = false, approximate = false, impliedLead = false;
        Kind prev = null;
        BigDecimal prevScale = null;
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            switch (k.kind()) {
                case ZERO -> {
                    if (pending != null || prev == Kind.MARK) return Optional.empty();
                    zeroSinceScale = true;
                }
                case MARK -> {
                    // 一千多万, 500余万, 十几, 一百零几万: 多/余 after a figure or scale, 几 after a scale or 零
                    boolean ji = k.value().signum() > 0;
                    if (prev == null || prev == Kind.MARK || (ji ? prev == Kind.FIGURE : prev == Kind.ZERO)) return Optional.empty();
                    if (i + 1 < t.size() && t.get(i + 1).kind() != Kind.SCALE) return Optional.empty();
                    approximate = true;
                }
                case FIGURE -> {
                    if (pending != null || prev == Kind.MARK) return Optional.empty();
                    pending = k;
                }
                case SCALE -> {
                    long scale = k.value().longValueExact();
                    if (scale < 10_000) {
                        BigDecimal n;
                        if (pending != null) {
                            if (pending.arabic() && pending.value().compareTo(BigDecimal.TEN) >= 0 && i + 1 < t.size()) return Optional.empty();
                            n = pending.value();
                        } else if (i == 0 || zeroSinceScale || scale == 10 && lastSmall >= 100 && !impliedLead) {
                            n = BigDecimal.ONE;                      // 十五, 百亿, 一百零十, 一万零百一十一, 一百十一
                            if (i == 0) impliedLead = true;
                        } else {
                            return Optional.empty();                 // 百十一: two unsaid 一 in a row
                        }
                        if (prev == Kind.MARK) return Optional.empty();
                        if (lastSmall != 0 && scale >= lastSmall) return Optional.empty();
                        section = section.add(n.multiply(k.value()));
                        lastSmall = scale;
                    } else {
                        BigDecimal p = section.add(pendingValue(pending, zeroSinceScale, lastSmall, i, t));
                        if (prevScale != null && prevScale.compareTo(k.value()) == 0 && prev == Kind.SCALE) {
                            if (scale != 10_000) return Optional.empty();
                            result = result.multiply(TEN_THOUSAND);      // 四万万: an old way to say 亿
                        } else if (scale == 10_000) {
                            if (p.signum() == 0) {
                                if (i != 0 || t.size() < 2 || t.get(1).kind() != Kind.FIGURE) return Optional.empty();
                                p = BigDecimal.ONE;                  // 萬九 = 19000
                            }
                            result = result.add(p.multiply(TEN_THOUSAND));
                        } else {
                            BigDecimal before = result.add(p);
                            if (before.signum() == 0) return Optional.empty();
                            result = before.multiply(k.value());
                        }
                        section = BigDecimal.ZERO;
                        lastSmall = 0;
                        impliedLead = false;
                    }
                    pending = null;
                    lastScale = scale;
                    zeroSinceScale = false;
                    prevScale = k.value();
                }
            }
            prev = k.kind();
        }
        BigDecimal tail = pendingValue(pending, zeroSinceScale, lastScale < 10_000 ? lastSmall : lastScale, t.size(), t);
        result = result.add(section).add(tail);
        BigDecimal trailing = BigDecimal.ONE;
        for (int i = t.size() - 1; i >= 0 && t.get(i).kind() != Kind.FIGURE && t.get(i).kind() != Kind.ZERO; i--) {
            if (t.get(i).kind() == Kind.SCALE) trailing = trailing.multiply(t.get(i).value());
        }
        return Optional.of(new ParsedNumber(result, trailing, allChinese || !t.get(0).arabic(), approximate, null));
    }

    /**
     * The value a pending figure adds before a 万/亿 or at the end: a lone Chinese digit right after a
     * scale (no 零 between) is an abbreviation worth a tenth of that scale (两千六, 三万五, 百二万).
     */
    private static BigDecimal pendingValue(Token pending, boolean zeroSinceScale, long scale, int at, List<Token> t) {
        if (pending == null) return BigDecimal.ZERO;
        if (pending.arabic() || zeroSinceScale || scale < 10) return pending.value();
        int figureAt = at - 1;
        if (t.get(figureAt) != pending) return pending.value();
        boolean afterScale = figureAt > 0 && t.get(figureAt - 1).kind() == Kind.SCALE;
        return afterScale ? pending.value().multiply(BigDecimal.valueOf(scale / 10)) : pending.value();
    }
}
