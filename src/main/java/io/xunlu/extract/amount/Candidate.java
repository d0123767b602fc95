package io.xunlu.extract.amount;

import java.math.BigDecimal;

/** A figure read off the text before modifiers and attribute: [start, end) covers numeral and unit. */
record Candidate(int start, int end, Unit unit, BigDecimal value, BigDecimal high,
                 boolean approximate, String bound, String rule, boolean startsWithScale) {}
