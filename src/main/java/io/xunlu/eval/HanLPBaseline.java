package io.xunlu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.analysis.Token;
import io.xunlu.json.Json;
import io.xunlu.json.XunluDocument;
import io.xunlu.text.SourceText;
import io.xunlu.text.Span;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * HanLP alone, no rule layer: the whole input as one article whose officials are HanLP's person
 * tokens (nr*, no titles), places its place tokens (ns*) and organizations its organization tokens
 * (nt*). Every other field is present and empty, so it scores as missed. Scoring this next to the
 * engine measures what our rules add.
 */
public final class HanLPBaseline implements DocumentSource {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @Override
    public JsonNode extract(Path input, LocalDate published) throws IOException {
        String name = input.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Charset charset = lower.contains(".gb18030.") ? GB18030 : StandardCharsets.UTF_8;
        String raw = new String(Files.readAllBytes(input), charset);
        if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') raw = raw.substring(1);
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
        String text = html ? Jsoup.parse(raw).body().text() : raw;
        SourceText source = new SourceText(text);
        List<Token> tokens = HanLPAnalyzer.get().analyze(text);

        ObjectNode doc = Json.MAPPER.createObjectNode();
        doc.put("schema", XunluDocument.SCHEMA);
        ObjectNode src = doc.putObject("source");
        src.put("name", name);
        src.put("format", html ? "html" : "text");
        src.put("encoding", charset.name());
        src.put("chars", source.codePoints());
        if (published == null) src.putNull("published");
        else src.put("published", published.toString());

        ObjectNode article = doc.putArray("articles").addObject();
        article.put("index", 0);
        article.put("kind", "article");
        article.putNull("headline");
        article.putArray("bylines");
        Map<String, ArrayNode> officials = new LinkedHashMap<>();
        Map<String, ArrayNode> places = new LinkedHashMap<>();
        Map<String, ArrayNode> organizations = new LinkedHashMap<>();
        for (Token t : tokens) {
            Map<String, ArrayNode> into = t.tagStartsWith("nr") ? officials
                    : t.tagStartsWith("ns") ? places
                    : t.tagStartsWith("nt") ? organizations : null;
            if (into == null) continue;
            Span s = source.span(t.start(), t.end());
            ObjectNode m = into.computeIfAbsent(s.text(), k -> Json.MAPPER.createArrayNode()).addObject();
            m.put("text", s.text());
            m.put("start", s.start());
            m.put("end", s.end());
            m.put("startUtf16", s.startUtf16());
            m.put("endUtf16", s.endUtf16());
            m.put("rule", "hanlp." + t.tag());
        }
        ArrayNode officialList = article.putArray("officials");
        officials.forEach((n, mentions) -> {
            ObjectNode o = officialList.addObject();
            o.put("name", n);
            o.putArray("titles");
            o.set("mentions", mentions);
        });
        article.putArray("people");
        entities(article.putArray("organizations"), organizations);
        entities(article.putArray("places"), places);
        for (String empty : List.of("projects", "amounts", "counts", "dates", "documents")) article.putArray(empty);
        return doc;
    }

    private static void entities(ArrayNode into, Map<String, ArrayNode> found) {
        found.forEach((n, mentions) -> {
            ObjectNode e = into.addObject();
            e.put("name", n);
            e.set("mentions", mentions);
        });
    }
}
