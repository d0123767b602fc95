package io.xunlu.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xunlu.json.Json;
import java.math.BigDecimal;

/**
 * An invented two-item page with one of everything the contract can carry, offsets computed from
 * the text (code points and UTF-16, a supplementary-plane character first), so the page can be
 * checked on fields the engine may not fill yet. The second item has empty and missing lists.
 */
record SyntheticDocument(String text, String json) {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    static SyntheticDocument build() {
        String first = "河西市召开新能源项目推进会\n本报讯 𠮷一鸣市长昨天主持会议。河西市发展和改革委员会发布《河西市新能源产业发展规划》。"
                + "全市新建光伏项目总投资约120亿元,占比40%以上,另有储能项目投资3至5亿元。村民王大山参加会议。"
                + "全市共有重点项目8个,其中光伏项目3个、风电项目5个。记者 张小红\n";
        String second = "简讯\n河西市图书馆周末开放。\n";
        String text = first + second;

        ObjectNode a0 = article(0, "article", "河西市召开新能源项目推进会", text, 0, first.length());
        a0.putArray("bylines").add(span(text, "张小红", 0).put("role", "记者").put("name", "张小红"));
        ObjectNode official = a0.putArray("officials").addObject().put("name", "𠮷一鸣");
        official.putArray("titles").add("市长");
        official.putArray("titleMentions").add(span(text, "市长", 0).put("rule", "title"));
        official.putArray("mentions").add(span(text, "𠮷一鸣", 0).put("rule", "official.title+name"));
        ObjectNode person = a0.putArray("people").addObject().put("name", "王大山").put("role", "村民");
        person.putArray("mentions").add(span(text, "王大山", 0));
        entity(a0.putArray("organizations"), text, "河西市发展和改革委员会");
        entity(a0.putArray("places"), text, "河西市");
        ObjectNode project = a0.putArray("projects").addObject().put("name", "光伏项目").put("status", "新建");
        project.putArray("mentions").add(span(text, "光伏项目", 0));
        ObjectNode money = amount(text, "约120亿元", "money", "12000000000", "CNY", true, null).put("attribute", "总投资");
        project.putArray("facts").addObject().put("attribute", "总投资").set("amount", money.deepCopy());
        ArrayNode amounts = a0.putArray("amounts");
        amounts.add(money);
        amounts.add(amount(text, "40%以上", "percent", "40", "%", false, "min"));
        amounts.add(amount(text, "3至5亿元", "money", "300000000", "CNY", false, "range").put("high", new BigDecimal("500000000")));
        ObjectNode count = span(text, "重点项目8个", 0).put("subject", "重点项目").put("value", 8).put("measure", "个")
                .put("partsSum", 8).put("consistent", true).put("rule", "count.breakdown");
        ArrayNode parts = count.putArray("parts");
        int after = text.indexOf("其中");
        parts.add(span(text, "光伏项目3个", after).put("subject", "光伏项目").put("value", 3).put("measure", "个"));
        parts.add(span(text, "风电项目5个", after).put("subject", "风电项目").put("value", 5).put("measure", "个"));
        a0.putArray("counts").add(count);
        a0.putArray("dates").add(span(text, "昨天", 0).put("kind", "relative").put("value", "2024-05-05").put("rule", "date.relative"));
        ObjectNode document = a0.putArray("documents").addObject().put("title", "河西市新能源产业发展规划");
        document.putArray("issuers").add("河西市发展和改革委员会");
        document.putArray("mentions").add(span(text, "《河西市新能源产业发展规划》", 0));

        ObjectNode a1 = article(1, "brief", "简讯", text, first.length(), text.length());
        a1.putArray("officials");
        a1.putArray("amounts");

        ObjectNode doc = F.objectNode().put("schema", "xunlu/1");
        doc.putObject("source").put("name", "synthetic.txt").put("format", "text").put("encoding", "UTF-8")
                .put("chars", text.codePointCount(0, text.length())).put("published", "2024-05-06");
        doc.putArray("articles").add(a0).add(a1);
        doc.putArray("warnings");
        return new SyntheticDocument(text, Json.compact(doc));
    }

    private static ObjectNode article(int index, String kind, String headline, String text, int from, int to) {
        ObjectNode a = F.objectNode().put("index", index).put("id", "synthetic-" + index).put("kind", kind).put("headline", headline);
        a.putArray("subheadlines");
        offsets(a, text, from, to);
        return a;
    }

    private static void entity(ArrayNode list, String text, String name) {
        ObjectNode e = list.addObject().put("name", name);
        e.putArray("mentions").add(span(text, name, 0));
    }

    private static ObjectNode amount(String text, String surface, String kind, String value, String unit,
                                     boolean approximate, String bound) {
        return span(text, surface, 0).put("kind", kind).put("value", new BigDecimal(value)).put("unit", unit)
                .put("approximate", approximate).put("bound", bound).put("rule", "amount." + kind);
    }

    private static ObjectNode span(String text, String needle, int fromIndex) {
        int s = text.indexOf(needle, fromIndex);
        if (s < 0) throw new IllegalArgumentException(needle + " is not in the synthetic text");
        return offsets(F.objectNode().put("text", needle), text, s, s + needle.length());
    }

    private static ObjectNode offsets(ObjectNode node, String text, int from16, int to16) {
        return node.put("start", text.codePointCount(0, from16)).put("end", text.codePointCount(0, to16))
                .put("startUtf16", from16).put("endUtf16", to16);
    }
}
