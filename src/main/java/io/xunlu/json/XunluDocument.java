package io.xunlu.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The contract's top-level record: one per input, either articles or an error. */
@JsonPropertyOrder({"schema", "engine", "source", "articles", "warnings", "error"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record XunluDocument(String schema, Engine engine, SourceInfo source, List<Article> articles,
                            List<Warning> warnings, ErrorInfo error) {
    public static final String SCHEMA = "xunlu/1";

    public static XunluDocument ok(Engine engine, SourceInfo source, List<Article> articles, List<Warning> warnings) {
        return new XunluDocument(SCHEMA, engine, source, articles, warnings, null);
    }

    public static XunluDocument error(Engine engine, SourceInfo source, ErrorInfo error) {
        return new XunluDocument(SCHEMA, engine, source, null, null, error);
    }

    @JsonIgnore
    public boolean isError() { return error != null; }
}
