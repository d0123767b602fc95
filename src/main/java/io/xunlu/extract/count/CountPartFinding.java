package io.xunlu.extract.count;

import io.xunlu.extract.LocalSpan;
import java.math.BigDecimal;

/** One line of a count's breakdown (其中 工业项目12个 …). */
public record CountPartFinding(LocalSpan span, String subject, BigDecimal value, String measure) {}
