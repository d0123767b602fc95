package io.xunlu.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** One line of a count's breakdown (其中 A n1、B n2 …). */
@JsonPropertyOrder({"text", "subject", "value", "measure", "start", "end", "startUtf16", "endUtf16"})
public record CountPart(String text, String subject, BigDecimal value, String measure,
                        int start, int end, int startUtf16, int endUtf16) {}
