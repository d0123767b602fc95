package io.xunlu.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/** A number with a measure word counting named things, with its breakdown where the text gives one. */
@JsonPropertyOrder({"text", "subject", "value", "measure", "start", "end", "startUtf16", "endUtf16",
        "parts", "partsSum", "consistent", "rule"})
public record Count(String text, String subject, BigDecimal value, String measure,
                    int start, int end, int startUtf16, int endUtf16,
                    List<CountPart> parts, BigDecimal partsSum, Boolean consistent, String rule) {}
