package io.xunlu;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.xunlu.json.Json;
import java.io.InputStream;
import java.util.Set;

/** Validates documents against the JSON Schema shipped in the jar; every test that produces output calls it. */
public final class SchemaCheck {
    private static final JsonSchema SCHEMA = load();

    private SchemaCheck() {}

    private static JsonSchema load() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/xunlu-1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (Exception e) {
            throw new IllegalStateException("schema missing from the classpath", e);
        }
    }

    public static void assertValid(Object document) {
        JsonNode node = document instanceof JsonNode n ? n : Json.MAPPER.valueToTree(document);
        Set<ValidationMessage> errors = SCHEMA.validate(node);
        assertTrue(errors.isEmpty(), () -> "schema violations: " + errors);
    }
}
