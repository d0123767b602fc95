package io.xunlu.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.xunlu.json.Article;
import io.xunlu.json.Engine;
import io.xunlu.json.ErrorInfo;
import io.xunlu.json.SourceInfo;
import io.xunlu.json.Warning;
import io.xunlu.json.XunluDocument;
import java.util.List;

/**
 * One output line exactly as the contract writes it: a document, or an error record
 * {"schema","engine","source","error":{code,message}}. Serialized through this record because
 * Jackson takes XunluDocument's boolean isError() for the "error" property ("error":false on every
 * document, "error":true instead of the code on error records); until XunluDocument marks that
 * method @JsonIgnore, batch output must not depend on it.
 */
@JsonPropertyOrder({"schema", "engine", "source", "articles", "warnings", "error"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractLine(String schema, Engine engine, SourceInfo source, List<Article> articles, List<Warning> warnings,
                    ErrorInfo error) {
    public static ContractLine of(XunluDocument doc) {
        return new ContractLine(doc.schema(), doc.engine(), doc.source(), doc.articles(), doc.warnings(), doc.error());
    }
}
