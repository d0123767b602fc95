package io.xunlu.extract.count;

import io.xunlu.extract.LocalSpan;
import java.math.BigDecimal;
import java.util.List;

/**
 * A number with a measure word counting the things named in {@code subject} (may be null when the
 * text does not name them next to the figure). {@code parts} is the breakdown the text gives
 * (empty when none); {@code partsSum} their sum (null without parts); {@code consistent} is true
 * when the parts add up to the total, false when they exceed it or a full enumeration misses it,
 * null when they cover only part of it.
 */
public record CountFinding(LocalSpan span, String subject, BigDecimal value, String measure,
                           List<CountPartFinding> parts, BigDecimal partsSum, Boolean consistent, String rule) {
    public CountFinding {
        parts = List.copyOf(parts);
    }
}
