package io.xunlu.extract.number;

import java.math.BigDecimal;

/**
 * A numeral's exact value. {@code trailingScale} is the product of the scale characters that end
 * it (5亿 → 10^8, 1.2万亿 → 10^12, 186 → 1): in 3至5亿元 the low end borrows the high end's scale.
 * {@code chinese} is true when the numeral is written with Chinese digits (一, 两, 叁 …).
 * {@code approximate} is true for vague numerals (一千多万, 十几, 500余万: the value is the low
 * end); {@code high} is set when the numeral names two neighbouring values (三五百 → 300, high 500).
 */
public record ParsedNumber(BigDecimal value, BigDecimal trailingScale, boolean chinese, boolean approximate,
                           BigDecimal high) {
    public ParsedNumber(BigDecimal value, BigDecimal trailingScale, boolean chinese) {
        this(value, trailingScale, chinese, false, null);
    }

    public boolean hasScale() { return trailingScale.compareTo(BigDecimal.ONE) > 0; }

    ParsedNumber negate() {
        return new ParsedNumber(value.negate(), trailingScale, chinese, approximate, high == null ? null : high.negate());
    }
}
