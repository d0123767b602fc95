package io.xunlu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Something that turns one input file into the contract's document ({"schema", "source",
 * "articles": […]} or {"error": …}). The scorer reads only that JSON, so any engine, a baseline or
 * a stored run can be scored the same way.
 */
@FunctionalInterface
public interface DocumentSource {
    /** @param published the publication date the gold gives, or null */
    JsonNode extract(Path input, LocalDate published) throws Exception;

    /** This source with each input's document kept, so a file scored twice (a part and the whole) runs once. */
    default DocumentSource remembering() {
        java.util.Map<Path, JsonNode> seen = new java.util.HashMap<>();
        return (input, published) -> {
            JsonNode kept = seen.get(input);
            if (kept == null) {
                kept = extract(input, published);
                seen.put(input, kept);
            }
            return kept;
        };
    }
}
