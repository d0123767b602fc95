package io.xunlu.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * A money figure, quantity, percent, duration or multiple. value (and high, for ranges) are exact
 * decimals; bound is null, "min", "max" or "range".
 */
@JsonPropertyOrder({"text", "kind", "value", "high", "unit", "approximate", "bound", "attribute",
        "start", "end", "startUtf16", "endUtf16", "rule"})
public record Amount(String text, String kind, BigDecimal value,
                     @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal high,
                     String unit, boolean approximate, String bound, String attribute,
                     int start, int end, int startUtf16, int endUtf16, String rule) {}
