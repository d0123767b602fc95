package io.xunlu.cli;

import io.xunlu.Xunlu;
import io.xunlu.serve.LoadTestCommand;
import io.xunlu.serve.ServeConfig;
import io.xunlu.serve.XunluServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./xunlu serve : the HTTP API and the newsroom web page, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the HTTP API (/api/extract, /api/batch, /api/health, /api/schema) and the web page at /.",
                "Binds to loopback unless --host says otherwise."},
        subcommands = {LoadTestCommand.class})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = ServeConfig.DEFAULT_HOST, description = "address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for all)")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--threads", description = "extractions run at once (default: one per core)")
    Integer threads;

    @Option(names = "--queue", defaultValue = "64", description = "requests that may wait for a worker before 503 (default: ${DEFAULT-VALUE})")
    int queue;

    @Option(names = "--max-body", defaultValue = "4194304", paramLabel = "BYTES", description = "largest request body (default: ${DEFAULT-VALUE})")
    long maxBody;

    @Option(names = "--timeout-ms", defaultValue = "20000", paramLabel = "MS", description = "time limit of one extraction (default: ${DEFAULT-VALUE})")
    long timeoutMs;

    @Option(names = "--region", paramLabel = "CODE|NAME", converter = RegionConverter.class,
            description = "the division the paper speaks from (320600, 南通市), for requests that give no region of their own")
    String region;

    @Override
    public Integer call() throws InterruptedException {
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        ServeConfig config;
        try {
            config = new ServeConfig(host, port, workers, queue, maxBody, timeoutMs).withRegion(region);
        } catch (IllegalArgumentException e) {
            System.err.println("xunlu serve: " + e.getMessage());
            return 2;
        }
        XunluServer server = XunluServer.start(Xunlu.standard(), config);
        System.err.println("xunlu: serving on " + server.baseUri() + " (Ctrl-C to stop)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "xunlu-shutdown"));
        stopped.await();
        return 0;
    }
}
