package io.xunlu.extract.amount;

import io.xunlu.extract.number.NumeralTable;
import java.math.BigDecimal;

/** The 角 and 分 after a yuan figure (123元1角1分, 一块二, 三块零四, 壹拾壹元整). Immutable. */
final class SmallChange {
    private final NumeralTable numerals;
    private final UnitContext context;

    SmallChange(NumeralTable numerals, UnitContext context) {
        this.numerals = numerals;
        this.context = context;
    }

    /** Characters of the units after which 角 and 分 may follow (元, 圆, 块). */
    static final String YUAN = "元圆圓块塊";

    record Change(BigDecimal value, int end) {}

    /**
     * 123元1角1分, 十块三毛, 三块零四, 一块二, 壹拾壹元整: the small change after a yuan figure.
     * A lone digit after 块 is 角 (一块二 = 1.2); 零 and a digit are 分 (三块零四 = 3.04).
     */
    Change change(String text, int end, boolean approximate) {
        BigDecimal add = BigDecimal.ZERO;
        int p = end;
        if (p < text.length() && (text.charAt(p) == '整' || text.charAt(p) == '正')) return new Change(add, p + 1);
        if (approximate) return new Change(add, p);
        int jiao = digitAt(text, p);
        if (jiao >= 0 && p + 1 < text.length() && "角毛".indexOf(text.charAt(p + 1)) >= 0) {
            add = add.add(BigDecimal.valueOf(jiao).movePointLeft(1));
            p += 2;
        } else if (jiao > 0 && (p + 1 >= text.length() || !numerals.isNumeral(text.charAt(p + 1)) && text.charAt(p + 1) != '.'
                && "分钱".indexOf(text.charAt(p + 1)) < 0 && !Character.isLetter(text.charAt(p + 1)) || context.modifierAt(text, p + 1))
                && !Character.isDigit(text.charAt(p))) {
            return new Change(BigDecimal.valueOf(jiao).movePointLeft(1), p + 1);
        } else if (jiao == 0 && digitAt(text, p + 1) > 0 && !Character.isDigit(text.charAt(p))) {
            int fen = digitAt(text, p + 1);
            int q = p + 2;
            if (q < text.length() && text.charAt(q) == '分') q++;
            else if (q < text.length() && numerals.isNumeral(text.charAt(q))) return new Change(add, p);
            return new Change(BigDecimal.valueOf(fen).movePointLeft(2), q);
        }
        int fen = digitAt(text, p);
        if (fen >= 0 && p + 1 < text.length() && text.charAt(p + 1) == '分') {
            add = add.add(BigDecimal.valueOf(fen).movePointLeft(2));
            p += 2;
        } else if (p > end && fen > 0 && (p + 1 >= text.length() || !numerals.isNumeral(text.charAt(p + 1)))
                && !Character.isDigit(text.charAt(p))) {
            add = add.add(BigDecimal.valueOf(fen).movePointLeft(2));     // 两毛五
            p += 1;
        }
        if (p > end && p < text.length() && (text.charAt(p) == '钱' || text.charAt(p) == '錢')) p++;
        return new Change(add, p);
    }

    /** The single digit (Chinese or ASCII) at p when it stands alone as a digit there, else -1. */
    private int digitAt(String text, int p) {
        if (p >= text.length()) return -1;
        char c = text.charAt(p);
        if (c >= '0' && c <= '9') return (p + 1 < text.length() && Character.isDigit(text.charAt(p + 1))) ? -1 : c - '0';
        return numerals.isDigit(c) ? numerals.value(c) : -1;
    }
}
