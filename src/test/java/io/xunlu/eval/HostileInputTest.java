package io.xunlu.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xunlu.json.Json;
import org.junit.jupiter.api.Test;

/**
 * The scorer reads whatever an engine writes: megabyte headlines, 、 repeated 200k times, endless
 * digit runs and thousands of items must be scored, not hang. Asserts completion, not timing.
 */
class HostileInputTest {

    @Test
    void hugeHeadlinesValuesAndItemListsAreScored() {
        String commas = "、".repeat(200_000);
        String digits = "9".repeat(100_000);
        ObjectNode gold = Json.MAPPER.createObjectNode();
        ObjectNode produced = Json.MAPPER.createObjectNode();
        ArrayNode ga = gold.putArray("articles");
        ArrayNode pa = produced.putArray("articles");
        for (int a = 0; a < 3; a++) {
            ObjectNode g = ga.addObject().put("kind", "article").put("headline", commas + a);
            ObjectNode p = pa.addObject().put("kind", "article").put("headline", commas + a);
            ArrayNode gAmounts = g.putArray("amounts");
            ArrayNode pAmounts = p.putArray("amounts");
            ArrayNode gPlaces = g.putArray("places");
            ArrayNode pPlaces = p.putArray("places");
            for (int i = 0; i < 1500; i++) {
                gAmounts.addObject().put("kind", "money").put("value", 1000).put("unit", "CNY");
                pAmounts.addObject().put("kind", "money").put("value", 1000).put("unit", "CNY").put("text", commas);
                gPlaces.add("地" + i);
                pPlaces.addObject().put("name", "地" + (i + 750));
            }
            pAmounts.addObject().put("kind", "money").put("value", digits).put("unit", "CNY");
            pAmounts.addObject().put("kind", "money").put("value", "1e-999999999").put("unit", "CNY");
            gAmounts.addObject().put("kind", "money").put("value", new java.math.BigDecimal("1e999999999")).put("unit", "CNY");
            pAmounts.addObject().put("kind", "money").put("value", Double.POSITIVE_INFINITY).put("unit", "CNY");
            g.putArray("dates").add(commas);
            p.putArray("dates").addObject().put("text", commas + commas);
        }
        for (int i = 0; i < 2000; i++) pa.addObject().put("kind", "brief").put("headline", "、" + i);

        Scorer scorer = new Scorer();
        scorer.add("hostile.txt", gold, produced);
        EvalReport report = scorer.report("hostile");

        assertEquals(9, report.field("amounts").orElseThrow().falsePositives());
        assertEquals(3, report.field("amounts").orElseThrow().falseNegatives());
        assertEquals(4500, report.field("amounts").orElseThrow().truePositives());
        assertEquals(2250, report.field("places").orElseThrow().truePositives());
        assertEquals(2000, report.field("articles").orElseThrow().falsePositives());
        ReportPrinter.json(report);
        ReportPrinter.errors(report);
    }
}
