package io.xunlu.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.xunlu.Xunlu;
import io.xunlu.ingest.InputDoc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newsroom server: the JSON API under /api and the web page at /, on Javalin (Jetty). The
 * engine is built and warmed once before the port opens, then shared by every request.
 *
 * <pre>
 * try (XunluServer server = XunluServer.start(Xunlu.standard(), ServeConfig.defaults().withPort(0))) {
 *     URI base = server.baseUri();   // http://127.0.0.1:PORT/
 * }
 * </pre>
 */
public final class XunluServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(XunluServer.class);
    /** Where the contract's JSON Schema lives on the classpath, when the build ships it. */
    static final String SCHEMA_RESOURCE = "/xunlu-1.schema.json";
    /** The page only loads its own files: no CDN, no external fonts, nothing inline. */
    private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final Javalin app;
    private final ExtractionPool pool;
    private final ServeConfig config;

    private XunluServer(Javalin app, ExtractionPool pool, ServeConfig config) {
        this.app = app;
        this.pool = pool;
        this.config = config;
    }

    /** Starts the standard server: the engine is warmed up (dictionaries loaded) before the port opens. */
    public static XunluServer start(Xunlu engine, ServeConfig config) {
        warmUp(engine);
        return start(engine::extract, config);
    }

    /** Starts a server over any extractor (tests use slow ones to drive the limits). */
    public static XunluServer start(DocumentExtractor engine, ServeConfig config) {
        ExtractionPool pool = new ExtractionPool(config.workers(), config.queue());
        ApiEndpoints api = new ApiEndpoints(engine, pool, config, loadSchema());
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            QueuedThreadPool http = new QueuedThreadPool(config.httpThreads(), 4, 60_000);
            http.setName("xunlu-http");
            cfg.jetty.threadPool = http;
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Content-Security-Policy", PAGE_POLICY,
                        "X-Content-Type-Options", "nosniff", "Cache-Control", "no-cache");
            });
            cfg.router.mount(router -> {
                router.post("/api/extract", api::extract);
                router.post("/api/batch", api::batch);
                router.get("/api/health", api::health);
                router.get("/api/schema", api::schema);
                router.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
                router.exception(Exception.class, (e, ctx) -> {
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    error(ctx, 500, "server.internal", "the server failed on this request: " + e.getClass().getSimpleName());
                });
                router.error(404, ctx -> unlessAnswered(ctx, 404, "not_found", "no such resource: " + ctx.path()));
                router.error(405, ctx -> unlessAnswered(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path()));
            });
        });
        app.start(config.host(), config.port());
        LOG.info("serving on http://{}:{}/ with {} workers, queue {}, body limit {} bytes, time limit {} ms",
                config.host(), app.port(), config.workers(), config.queue(), config.maxBodyBytes(), config.timeoutMs());
        return new XunluServer(app, pool, config);
    }

    public int port() { return app.port(); }

    public URI baseUri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    public ExtractionPool.Stats stats() { return pool.stats(); }

    @Override
    public void close() {
        app.stop();
        pool.close();
    }

    private static void error(Context ctx, int status, String code, String message) {
        ApiEndpoints.json(ctx, status, ErrorResponse.of(code, message));
    }

    /**
     * Javalin calls status handlers after every handler: an answer this code already wrote (the
     * schema's 404) stays, Javalin's own plain-text 404 and 405 become JSON errors.
     */
    private static void unlessAnswered(Context ctx, int status, String code, String message) {
        if (ctx.attribute(ApiEndpoints.ANSWERED) == null) error(ctx, status, code, message);
    }

    /** The first extraction loads HanLP's dictionaries; do it before the port opens, not on a user's request. */
    private static void warmUp(Xunlu engine) {
        engine.extract(InputDoc.ofText("warm-up", "本报讯 昨天,市长在会上讲话。", null));
    }

    private static byte[] loadSchema() {
        try (InputStream in = XunluServer.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + SCHEMA_RESOURCE, e);
        }
    }
}
