package io.xunlu.extract.amount;

import io.xunlu.extract.LocalSpan;
import java.math.BigDecimal;

/**
 * One money figure, quantity, percent, duration or multiple. {@code value} is in whole units
 * (80亿元 → 8000000000); {@code high} is set for ranges only; {@code bound} is null, "min", "max"
 * or "range"; {@code attribute} is what the figure measures (总投资, 增长) or null; {@code rule}
 * names the rule that produced it. The span covers the modifiers (约60亿元, 30%以上).
 */
public record AmountFinding(LocalSpan span, String kind, BigDecimal value, BigDecimal high, String unit,
                            boolean approximate, String bound, String attribute, String rule) {}
