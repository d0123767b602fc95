package io.xunlu.extract.number;

import io.xunlu.extract.LocalSpan;
import java.math.BigDecimal;

/** A numeral found in text: where it stands and what it is worth. */
public record NumeralRun(LocalSpan span, ParsedNumber number) {
    public int start() { return span.start(); }

    public int end() { return span.end(); }

    public BigDecimal value() { return number.value(); }
}
