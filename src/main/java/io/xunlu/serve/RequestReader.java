package io.xunlu.serve;

import io.xunlu.extract.place.Gazetteer;
import io.xunlu.region.DivisionCodes;
import io.xunlu.region.RegionOption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.xunlu.ingest.Format;
import io.xunlu.json.ErrorInfo;
import io.xunlu.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turns a request body into extraction requests, or refuses it with the status the API documents:
 * 415 for a type or charset it does not read, 400 for bytes that do not decode or JSON that does
 * not parse or lacks "text". Decoding is strict: invalid bytes are an error, never U+FFFD, so a
 * client learns its text was damaged instead of getting offsets into a text it never sent.
 */
public final class RequestReader {
    public static final String TEXT = "text/plain";
    public static final String HTML = "text/html";
    public static final String JSON = "application/json";

    private static final ObjectReader JSON_READER = Json.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** One batch element: a request to run, or the reason it cannot run (it becomes an error line). */
    public record BatchItem(ExtractRequest request, ErrorInfo error, String name, String id) {}

    private RequestReader() {}

    /** Refuses a Content-Type the endpoint does not take (415) before the body is read. */
    public static MediaType acceptable(String contentType, boolean batch) {
        MediaType type = MediaType.parse(contentType);
        boolean ok = batch ? type.is(JSON) : type.is(TEXT) || type.is(HTML) || type.is(JSON);
        if (!ok) {
            String wanted = batch ? JSON : TEXT + ", " + HTML + " or " + JSON;
            String got = type.type().isEmpty() ? "no Content-Type" : "Content-Type " + type.type();
            throw new ApiException(415, "request.unsupported_media_type", got + " is not accepted here; send " + wanted);
        }
        if (type.is(JSON) && type.charset() != null && !charset(type).equals(StandardCharsets.UTF_8)) {
            throw new ApiException(415, "request.unsupported_charset", "JSON must be UTF-8");
        }
        return type;
    }

    /** A single article: text or HTML with query parameters, or one JSON object. */
    public static ExtractRequest single(MediaType type, byte[] body, Function<String, String> query) {
        String text = decode(body, charset(type));
        if (type.is(JSON)) return fromJson(parseJson(text), query.apply("name"));
        if (text.isBlank()) throw ApiException.badRequest("request.empty", "the body has no text");
        Format format = type.is(HTML) ? Format.HTML : Format.TEXT;
        return new ExtractRequest(text, format, date(query.apply("published")), query.apply("name"), null,
                region(query.apply("region")));
    }

    /** A JSON array of objects; each element is checked on its own so one bad element spoils only its line. */
    public static List<BatchItem> batch(byte[] body, int maxItems) {
        JsonNode root = parseJson(decode(body, StandardCharsets.UTF_8));
        if (!root.isArray()) throw ApiException.badRequest("request.invalid", "a batch is a JSON array of {\"text\": …} objects");
        if (root.size() > maxItems) {
            throw new ApiException(413, "request.batch_too_large", "a batch holds at most " + maxItems + " items, this one " + root.size());
        }
        List<BatchItem> items = new ArrayList<>(root.size());
        for (JsonNode element : root) {
            String name = element.isObject() ? optionalText(element, "name") : null;
            String id = element.isObject() ? optionalText(element, "id") : null;
            try {
                items.add(new BatchItem(fromJson(element, null), null, name, id));
            } catch (ApiException e) {
                items.add(new BatchItem(null, e.info(), name, id));
            }
        }
        return items;
    }

    static ExtractRequest fromJson(JsonNode node, String fallbackName) {
        if (!node.isObject()) throw ApiException.badRequest("request.invalid", "expected a JSON object with \"text\"");
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) throw ApiException.badRequest("request.missing_text", "the JSON object has no \"text\"");
        if (!text.isTextual()) throw ApiException.badRequest("request.invalid", "\"text\" must be a string");
        if (text.textValue().isBlank()) throw ApiException.badRequest("request.empty", "\"text\" is empty");
        String name = optionalText(node, "name");
        return new ExtractRequest(text.textValue(), format(optionalText(node, "format")),
                date(optionalText(node, "published")), name == null ? fallbackName : name, optionalText(node, "id"),
                region(optionalText(node, "region")));
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw ApiException.badRequest("request.invalid", "\"" + field + "\" must be a string");
        return v.textValue();
    }

    private static Format format(String s) {
        if (s == null || s.isBlank()) return Format.AUTO;
        try {
            return Format.parse(s);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("request.bad_format", "format must be auto, text or html, not " + s);
        }
    }

    private static String region(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return DivisionCodes.gbCode(RegionOption.parse(Gazetteer.standard(), s));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("request.bad_region", e.getMessage());
        }
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("request.bad_published", "published must be YYYY-MM-DD, not " + s);
        }
    }

    private static JsonNode parseJson(String text) {
        if (text.isBlank()) throw ApiException.badRequest("request.empty", "the body is empty");
        try {
            return JSON_READER.readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("request.malformed_json", "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static Charset charset(MediaType type) {
        if (type.charset() == null) return StandardCharsets.UTF_8;
        try {
            return Charset.forName(type.charset().toUpperCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ApiException(415, "request.unsupported_charset", "unknown charset " + type.charset());
        }
    }

    /** Strict decoding; a leading UTF-8 byte order mark is dropped, as a text editor would. */
    static String decode(byte[] body, Charset cs) {
        if (body.length == 0) throw ApiException.badRequest("request.empty", "the body is empty");
        int skip = cs.equals(StandardCharsets.UTF_8) && body.length >= 3
                && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, skip, body.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("request.undecodable", "the body is not valid " + cs.name() + " (" + e.getMessage() + ")");
        }
    }
}
