package io.xunlu.extract.number;

import java.math.BigDecimal;

/**
 * A numeral's exact value. {@code trailingScale} is the product of the scale characters that end
 * it (5亿 → 10^8, 1.2万亿 → 10^12, 186 → 1): in 3至5亿元 the low end borrows the high end's scale.
 * {@code chinese} is true when the numeral is written with Chinese digits (一, 两, 叁 …).
 */
public record ParsedNumber(BigDecimal value, BigDecimal trailingScale, boolean chinese) {
    public boolean hasScale() { return trailingScale.compareTo(BigDecimal.ONE) > 0; }
}
