package io.xunlu.serve;

/**
 * How the server is sized: where it listens, how many extractions run at once (workers), how many
 * may wait for a worker (queue), the largest body it reads and how long one request may take.
 * Everything beyond workers + queue is refused at once with 503, so overload never piles up.
 * region (--region, a GB/T 2260 code or null) is what articles speak from unless a request gives its own.
 */
public record ServeConfig(String host, int port, int workers, int queue, long maxBodyBytes, long timeoutMs, String region) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_QUEUE = 64;
    public static final long DEFAULT_MAX_BODY = 4L * 1024 * 1024;
    public static final long DEFAULT_TIMEOUT_MS = 20_000;
    /** A batch larger than this is refused (413): one request should not hold a worker for hours. */
    public static final int MAX_BATCH_ITEMS = 1000;

    public ServeConfig {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host is required");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, 0 for any free port");
        if (workers < 1) throw new IllegalArgumentException("workers must be at least 1");
        if (queue < 0) throw new IllegalArgumentException("queue must not be negative");
        if (maxBodyBytes < 1) throw new IllegalArgumentException("max body must be at least 1 byte");
        if (timeoutMs < 1) throw new IllegalArgumentException("timeout must be at least 1 ms");
    }

    public ServeConfig(String host, int port, int workers, int queue, long maxBodyBytes, long timeoutMs) {
        this(host, port, workers, queue, maxBodyBytes, timeoutMs, null);
    }

    public ServeConfig withRegion(String code) {
        return new ServeConfig(host, port, workers, queue, maxBodyBytes, timeoutMs, code);
    }

    /** Defaults: one worker per core, loopback only. */
    public static ServeConfig defaults() {
        return new ServeConfig(DEFAULT_HOST, DEFAULT_PORT, Runtime.getRuntime().availableProcessors(),
                DEFAULT_QUEUE, DEFAULT_MAX_BODY, DEFAULT_TIMEOUT_MS);
    }

    public ServeConfig withPort(int newPort) {
        return new ServeConfig(host, newPort, workers, queue, maxBodyBytes, timeoutMs, region);
    }

    /**
     * HTTP threads: every admitted request may block one while it waits for its extraction, so
     * there are enough for all of them plus headroom to answer health checks and to refuse quickly.
     */
    int httpThreads() {
        return workers + queue + 24;
    }
}
