package io.xunlu.batch;

import io.xunlu.extract.place.Gazetteer;
import io.xunlu.region.DivisionCodes;
import io.xunlu.region.RegionOption;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.ingest.Ingest;
import io.xunlu.ingest.InputDoc;
import io.xunlu.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The inputs of a .jsonl file: each non-blank line {"id": "…", "text": "…", "published": "…"} is one
 * input named FILE:LINE, its id kept as source.id. A line that is not such an object becomes an
 * input.bad_line error record. Lines are parsed only when loaded, so skipping them on --resume is
 * a byte scan.
 */
public final class JsonlSource implements InputWalker.Container {
    /** A JSON-escaped character takes at most 6 bytes (\\uXXXX), plus room for id and date. */
    private static final int LINE_OVERHEAD = 64 * 1024;

    private final String fileName;
    private final JsonlLines lines;
    private final InputSettings settings;

    public JsonlSource(String fileName, InputStream in, InputSettings settings) {
        this.fileName = fileName;
        this.settings = settings;
        long cap = Math.min(Integer.MAX_VALUE - 16L, settings.maxBytes() / 4 * 6 + LINE_OVERHEAD);
        this.lines = new JsonlLines(in, (int) cap);
    }

    @Override
    public InputItem next() throws IOException {
        JsonlLines.Line line;
        do {
            line = lines.next();
            if (line == null) return null;
        } while (line.isBlank());
        String name = fileName + ":" + line.number();
        JsonlLines.Line l = line;
        return new InputItem(name, () -> parse(name, l));
    }

    private InputDoc parse(String name, JsonlLines.Line line) throws InputFailure {
        if (line.tooLong()) {
            throw new InputFailure("ingest.too_large", "line " + line.number() + " is longer than --max-chars allows", null, null);
        }
        String sha = Ingest.sha256(line.bytes());
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line.bytes());
        } catch (IOException e) {
            throw new InputFailure("input.bad_line", "line " + line.number() + " is not JSON: " + firstLine(e.getMessage()), null, sha);
        }
        if (node == null || !node.isObject()) {
            throw new InputFailure("input.bad_line", "line " + line.number() + " is not a JSON object", null, sha);
        }
        JsonNode idNode = node.get("id");
        String id = idNode == null || idNode.isNull() ? null : idNode.isValueNode() ? idNode.asText() : idNode.toString();
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new InputFailure("input.bad_line", "line " + line.number() + " has no \"text\" string", id, sha);
        }
        LocalDate published = settings.published();
        JsonNode pub = node.get("published");
        if (pub != null && !pub.isNull()) {
            try {
                published = LocalDate.parse(pub.asText());
            } catch (DateTimeParseException e) {
                throw new InputFailure("input.bad_line", "line " + line.number() + ": \"published\" is not YYYY-MM-DD: "
                        + pub.asText(), id, sha);
            }
        }
        String region = settings.region();
        JsonNode reg = node.get("region");
        if (reg != null && !reg.isNull()) {
            try {
                region = DivisionCodes.gbCode(RegionOption.parse(Gazetteer.standard(), reg.asText()));
            } catch (IllegalArgumentException e) {
                throw new InputFailure("input.bad_line", "line " + line.number() + ": \"region\": " + e.getMessage(), id, sha);
            }
        }
        return new InputDoc(name, null, text.asText(), id, published, settings.format(), settings.encoding(), region);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() throws IOException { lines.close(); }
}
