package io.xunlu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xunlu.json.Json;
import java.util.List;

/**
 * Test helper: rewrites a gold file in the contract's shape (organizations and places as {"name"},
 * dates as {"text"}), so the scorer can be checked against a "perfect engine".
 */
final class GoldAsContract {
    private GoldAsContract() {}

    static JsonNode convert(JsonNode gold) {
        ObjectNode doc = Json.MAPPER.createObjectNode();
        doc.put("schema", "xunlu/1");
        doc.putObject("source").put("name", gold.path("file").asText());
        ArrayNode articles = doc.putArray("articles");
        int index = 0;
        for (JsonNode g : gold.path("articles")) {
            ObjectNode a = g.deepCopy();
            a.put("index", index++);
            for (String field : List.of("organizations", "places")) wrap(a, field, "name");
            wrap(a, "dates", "text");
            articles.add(a);
        }
        return doc;
    }

    private static void wrap(ObjectNode article, String field, String key) {
        if (!article.has(field)) return;
        ArrayNode wrapped = Json.MAPPER.createArrayNode();
        for (JsonNode s : article.path(field)) wrapped.addObject().put(key, s.asText());
        article.set(field, wrapped);
    }
}
