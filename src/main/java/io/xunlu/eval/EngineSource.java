package io.xunlu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.Xunlu;
import io.xunlu.ingest.InputDoc;
import io.xunlu.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Our engine as eval sees it: a file in, the contract's document out as a JSON tree. */
public final class EngineSource implements DocumentSource {
    private final Xunlu engine;

    public EngineSource(Xunlu engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode extract(Path input, LocalDate published) throws Exception {
        byte[] bytes = Files.readAllBytes(input);
        return Json.MAPPER.valueToTree(engine.extract(InputDoc.ofBytes(input.getFileName().toString(), bytes, published)));
    }
}
