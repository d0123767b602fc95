package io.xunlu.serve;

import io.javalin.http.Context;
import io.xunlu.Xunlu;
import io.xunlu.ingest.Ingest;
import io.xunlu.json.ErrorInfo;
import io.xunlu.json.SourceInfo;
import io.xunlu.json.Json;
import io.xunlu.json.XunluDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's handlers. The engine and the pool are shared by every request; each handler keeps its
 * state on the stack. Refusals are thrown as {@link ApiException} and written by the server's one
 * exception mapper, so every error body has the same shape.
 */
final class ApiEndpoints {
    private static final Logger LOG = LoggerFactory.getLogger(ApiEndpoints.class);
    static final String JSON_UTF8 = "application/json; charset=utf-8";
    static final String JSON_LINES = "application/x-ndjson; charset=utf-8";
    /** Set on a request once this code wrote its answer, so Javalin's status handlers leave it alone. */
    static final String ANSWERED = "xunlu.answered";

    private final DocumentExtractor engine;
    private final ExtractionPool pool;
    private final ServeConfig config;
    private final byte[] schema;

    ApiEndpoints(DocumentExtractor engine, ExtractionPool pool, ServeConfig config, byte[] schema) {
        this.engine = engine;
        this.pool = pool;
        this.config = config;
        this.schema = schema;
    }

    /** POST /api/extract: one article in, one contract document out. */
    void extract(Context ctx) {
        MediaType type = RequestReader.acceptable(ctx.header("Content-Type"), false);
        byte[] body = BodyReader.read(ctx, config.maxBodyBytes());
        ExtractRequest request = RequestReader.single(type, body, ctx::queryParam);
        XunluDocument doc = pool.call(() -> engine.extract(request.toInput(config.region())), config.timeoutMs());
        // The engine's own refusals (no text after HTML, too many characters) are the client's
        // input at fault: answered with the contract's error document, which carries "error".
        int status = !doc.failed() ? 200 : doc.error().code().equals("ingest.too_large") ? 413 : 400;
        json(ctx, status, doc);
    }

    /**
     * POST /api/batch: a JSON array in, JSON Lines out, one document per element in order. Each
     * element runs as its own pool task under the per-request time limit; after the first line is
     * sent the status is fixed, so a later element that fails becomes an error line, as in the
     * batch command.
     */
    void batch(Context ctx) throws IOException {
        RequestReader.acceptable(ctx.header("Content-Type"), true);
        byte[] body = BodyReader.read(ctx, config.maxBodyBytes());
        List<RequestReader.BatchItem> items = RequestReader.batch(body, ServeConfig.MAX_BATCH_ITEMS);
        ctx.status(200);
        ctx.res().setContentType(JSON_LINES);
        OutputStream out = ctx.res().getOutputStream();
        boolean first = true;
        int written = 0;
        for (RequestReader.BatchItem item : items) {
            XunluDocument doc;
            if (item.error() != null) {
                doc = errorDocument(item, item.error());
            } else {
                // The first element is admitted like any request (refused at once when full, so
                // the client gets a 503 status); later ones wait their turn in the queue.
                long admitWait = first ? 0 : config.timeoutMs();
                try {
                    doc = pool.call(() -> engine.extract(item.request().toInput(config.region())), config.timeoutMs(), admitWait);
                } catch (ApiException e) {
                    if (first) throw e;
                    doc = errorDocument(item, e.info());
                } catch (RuntimeException e) {
                    // Before the first line the server's exception mapper answers 500; after it the
                    // status is sent, so the failure becomes this element's line, as in batch mode.
                    if (first) throw e;
                    LOG.error("batch element failed", e);
                    doc = errorDocument(item, new ErrorInfo("server.internal", "the server failed on this element"));
                }
            }
            try {
                out.write(Json.MAPPER.writeValueAsBytes(doc));
                out.write('\n');
                out.flush();
            } catch (IOException clientLeft) {
                LOG.info("batch client went away after {} of {} lines", written, items.size());
                return;
            }
            written++;
            first = false;
        }
    }

    /** GET /api/health: alive, which engine, and how loaded the pool is. */
    void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("engine", Xunlu.ENGINE);
        body.put("schema", XunluDocument.SCHEMA);
        body.put("pool", pool.stats());
        body.put("limits", Map.of("maxBodyBytes", config.maxBodyBytes(), "timeoutMs", config.timeoutMs(),
                "maxBatchItems", ServeConfig.MAX_BATCH_ITEMS));
        json(ctx, 200, body);
    }

    /** GET /api/schema: the JSON Schema of the contract, when the build ships one. */
    void schema(Context ctx) {
        if (schema == null) throw new ApiException(404, "schema.missing", "this build ships no JSON Schema");
        ctx.status(200);
        ctx.contentType("application/schema+json; charset=utf-8");
        ctx.result(schema);
    }

    static void json(Context ctx, int status, Object body) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status);
        ctx.contentType(JSON_UTF8);
        try {
            ctx.result(Json.MAPPER.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XunluDocument errorDocument(RequestReader.BatchItem item, ErrorInfo error) {
        String text = item.request() == null ? "" : item.request().text();
        String published = item.request() == null || item.request().published() == null ? null
                : item.request().published().toString();
        String format = item.request() == null ? "auto" : item.request().format().label();
        SourceInfo source = new SourceInfo(item.name(), item.id(), Ingest.sha256(text.getBytes(StandardCharsets.UTF_8)),
                format, "UTF-8", null, published, null);
        return XunluDocument.error(Xunlu.ENGINE, source, error);
    }
}
