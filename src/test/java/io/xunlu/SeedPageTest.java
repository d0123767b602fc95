package io.xunlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.ingest.InputDoc;
import io.xunlu.json.Json;
import io.xunlu.json.XunluDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed page, byte-exact, is our regression fixture: its full output is checked against
 * corpus/seed/…expected.json (regenerate on purpose with -Dxunlu.regenerate=true), and the facts the
 * Engine-core issue names are asserted one by one so a golden-file refresh cannot hide a loss.
 */
class SeedPageTest {
    static final Path SEED = Path.of("corpus/seed/000_223edd5e131ed819.txt");
    static final Path EXPECTED = Path.of("corpus/seed/000_223edd5e131ed819.expected.json");
    static JsonNode doc;
    static String pretty;

    @BeforeAll
    static void run() throws IOException {
        byte[] bytes = Files.readAllBytes(SEED);
        XunluDocument d = Xunlu.standard().extract(InputDoc.ofBytes(SEED.getFileName().toString(), bytes, null));
        pretty = Json.pretty(d) + "\n";
        doc = Json.MAPPER.readTree(pretty);
        SchemaCheck.assertValid(doc);
        SpanInvariants.assertSpansHold(new String(bytes, StandardCharsets.UTF_8), doc);
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        if (Boolean.getBoolean("xunlu.regenerate") || !Files.exists(EXPECTED)) {
            Files.writeString(EXPECTED, pretty, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(EXPECTED, StandardCharsets.UTF_8), pretty,
                "seed output changed: review the diff, then regenerate with -Dxunlu.regenerate=true");
    }

    @Test
    void fourItemsWithHeadlinesAndBylines() {
        JsonNode a = doc.path("articles");
        assertEquals(4, a.size());
        assertEquals("article", a.get(0).path("kind").asText());
        assertEquals("我市召开三季度项目观摩点评会", a.get(0).path("headline").asText());
        assertEquals("通州湾碳中和产业园首个重大牵引项目开工", a.get(1).path("headline").asText());
        assertEquals("photo", a.get(2).path("kind").asText());
        assertEquals(List.of("蒋娇娇", "尤炼"), names(a.get(2).path("bylines")));
        assertEquals("应急救援队伍建设有规可依", a.get(3).path("headline").asText());
        assertEquals("晚报讯", a.get(0).path("dateline").asText());
    }

    @Test
    void officialsWithEveryTitleAndMention() {
        JsonNode o = doc.path("articles").get(0).path("officials");
        assertOfficial(o, "王晖", List.of("市委书记"), 6);
        assertOfficial(o, "吴新明", List.of("市委副书记", "市长"), 3);
        assertOfficial(o, "黄巍东", List.of("市政协主席"), 1);
        assertOfficial(o, "沈雷", List.of("市委副书记", "宣传部部长"), 1);
        assertOfficial(o, "陆卫东", List.of("市委常委", "常务副市长"), 1);
    }

    @Test
    void amountsAcrossTheColumnBreak() {
        JsonNode amounts = doc.path("articles").get(1).path("amounts");
        JsonNode sales = null;
        for (JsonNode n : amounts) if (n.path("text").asText().contains("\n") && n.path("value").asLong() == 8000000000L) sales = n;
        assertNotNull(sales, "约80亿元 after 年销售额 across the column break");
        assertEquals("年销售额", sales.path("attribute").asText());
        assertEquals("money", sales.path("kind").asText());
        assertEquals("CNY", sales.path("unit").asText());
        assertTrue(sales.path("approximate").asBoolean());
        JsonNode tax = find(amounts, "value", "870000000", "年纳税");
        assertNotNull(tax);
        assertTrue(tax.path("approximate").asBoolean());
        assertNotNull(find(amounts, "value", "2780000", null));
        assertNotNull(find(amounts, "value", "59.6", null));
        JsonNode first = doc.path("articles").get(0).path("amounts");
        JsonNode min5 = find(first, "value", "500000000", null);
        assertEquals("min", min5.path("bound").asText());
        JsonNode pct = find(first, "value", "40", null);
        assertEquals("percent", pct.path("kind").asText());
        assertEquals("min", pct.path("bound").asText());
        JsonNode months = find(doc.path("articles").get(2).path("amounts"), "value", "11", null);
        assertEquals("duration", months.path("kind").asText());
        assertEquals("month", months.path("unit").asText());
    }

    @Test
    void teamsCountWithItsSixParts() {
        JsonNode counts = doc.path("articles").get(3).path("counts");
        JsonNode teams = find(counts, "value", "666", null);
        assertNotNull(teams);
        assertEquals("支", teams.path("measure").asText());
        assertEquals(6, teams.path("parts").size());
        assertEquals(666, teams.path("partsSum").asInt());
        assertTrue(teams.path("consistent").asBoolean());
    }

    private static JsonNode find(JsonNode items, String field, String value, String attribute) {
        for (JsonNode n : items) {
            if (n.path(field).decimalValue().compareTo(new java.math.BigDecimal(value)) == 0
                    && (attribute == null || attribute.equals(n.path("attribute").asText()))) return n;
        }
        return null;
    }

    private static void assertOfficial(JsonNode officials, String name, List<String> titles, int mentions) {
        for (JsonNode o : officials) {
            if (o.path("name").asText().equals(name)) {
                List<String> t = new ArrayList<>();
                o.path("titles").forEach(x -> t.add(x.asText()));
                assertEquals(titles, t, name);
                assertEquals(mentions, o.path("mentions").size(), name + " mentions");
                return;
            }
        }
        throw new AssertionError("official missing: " + name);
    }

    private static List<String> names(JsonNode bylines) {
        List<String> out = new ArrayList<>();
        bylines.forEach(b -> out.add(b.path("name").asText()));
        return out;
    }
}
