package io.xunlu.extract.count;

import java.math.BigDecimal;

/** A count before grouping: [start, end) its span, numberStart/measureEnd the figure itself. */
record RawCount(int start, int end, int numberStart, int measureEnd, String subject, BigDecimal value,
                String measure, String rule) {}
