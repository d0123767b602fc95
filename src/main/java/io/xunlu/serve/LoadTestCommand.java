package io.xunlu.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A load check, not a unit test: sends real articles to a running server's /api/extract from
 * --concurrency clients until --requests are done or --time-limit passes, then prints errors and
 * p50/p90/p99 latency and requests per second. Only loopback addresses are accepted as targets.
 *
 * <pre>./xunlu serve loadtest --url http://127.0.0.1:8080 --requests 2000 --concurrency 32 corpus/</pre>
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = "Send real articles to a running xunlu server on loopback and report latency and errors.")
public final class LoadTestCommand implements Callable<Integer> {
    @Option(names = "--url", required = true, description = "base URL of the server, on loopback (http://127.0.0.1:8080)")
    URI url;

    @Option(names = "--requests", defaultValue = "2000", description = "requests to send, 1..100000 (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--concurrency", defaultValue = "32", description = "clients sending at once, 1..256 (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--warmup", defaultValue = "32", description = "requests sent first and not measured (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--time-limit-s", defaultValue = "600", description = "stop sending after this many seconds (default: ${DEFAULT-VALUE})")
    int timeLimitSeconds;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "publication date sent with every article")
    String published;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "folders (or files) of .txt and .html articles")
    List<Path> inputs;

    private record Article(String name, byte[] body, String contentType) {}

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadTestCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (requests < 1 || requests > 100_000 || concurrency < 1 || concurrency > 256 || timeLimitSeconds < 1) {
            System.err.println("loadtest: --requests 1..100000, --concurrency 1..256, --time-limit-s ≥ 1");
            return 2;
        }
        if (!isLoopback(url)) {
            System.err.println("loadtest: the target must be a loopback address (127.0.0.0/8, ::1, localhost), not " + url.getHost());
            return 2;
        }
        List<Article> articles = collect(inputs);
        if (articles.isEmpty()) {
            System.err.println("loadtest: no .txt or .html articles under " + inputs);
            return 2;
        }
        URI target = url.resolve("/api/extract" + (published == null ? "" : "?published=" + published));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        out.printf(Locale.ROOT, "loadtest: %d requests, concurrency %d, %d distinct articles, target %s%n",
                requests, concurrency, articles.size(), target);

        run(client, target, articles, Math.min(warmup, requests), new long[Math.max(1, warmup)], new ConcurrentHashMap<>());
        long[] latencies = new long[requests];
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        int sent = run(client, target, articles, requests, latencies, outcomes);
        double seconds = (System.nanoTime() - t0) / 1e9;

        long[] done = Arrays.copyOf(latencies, sent);
        Arrays.sort(done);
        long ok = outcomes.getOrDefault("200", new LongAdder()).sum();
        long errors = sent - ok;
        Map<String, Long> byOutcome = new TreeMap<>();
        outcomes.forEach((k, v) -> byOutcome.put(k, v.sum()));
        out.printf(Locale.ROOT, "sent %d, ok %d, errors %d %s%n", sent, ok, errors, byOutcome);
        out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                ms(percentile(done, 50)), ms(percentile(done, 90)), ms(percentile(done, 99)), ms(done.length == 0 ? 0 : done[done.length - 1]));
        out.printf(Locale.ROOT, "elapsed %.1f s, %.1f requests/s%n", seconds, sent / seconds);
        if (sent < requests) out.printf(Locale.ROOT, "stopped by the time limit after %d of %d requests%n", sent, requests);
        return errors == 0 && sent == requests ? 0 : 1;
    }

    /** Sends count requests from concurrency threads; returns how many were sent before the time limit. */
    private int run(HttpClient client, URI target, List<Article> articles, int count, long[] latencies,
                    Map<String, LongAdder> outcomes) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeLimitSeconds);
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        for (int c = 0; c < concurrency; c++) {
            clients.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                    Article a = articles.get(i % articles.size());
                    HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(120))
                            .header("Content-Type", a.contentType())
                            .POST(HttpRequest.BodyPublishers.ofByteArray(a.body())).build();
                    long start = System.nanoTime();
                    String outcome;
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        outcome = String.valueOf(response.statusCode());
                    } catch (IOException e) {
                        outcome = e.getClass().getSimpleName();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    latencies[i] = System.nanoTime() - start;
                    outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                    sent.incrementAndGet();
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(timeLimitSeconds + 180L, TimeUnit.SECONDS);
        clients.shutdownNow();
        return Math.min(sent.get(), count);
    }

    private static boolean isLoopback(URI uri) {
        if (uri.getHost() == null || !"http".equals(uri.getScheme())) return false;
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) if (!a.isLoopbackAddress()) return false;
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Article> collect(List<Path> roots) throws IOException {
        List<Article> found = new ArrayList<>();
        for (Path root : roots) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root, 6)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                String type = n.endsWith(".txt") ? "text/plain"
                        : n.endsWith(".html") || n.endsWith(".htm") ? "text/html" : null;
                if (type == null) continue;
                byte[] body = Files.readAllBytes(f);
                String charset = charsetOf(body);
                if (body.length > 0 && charset != null) {
                    found.add(new Article(f.getFileName().toString(), body, type + "; charset=" + charset));
                }
            }
        }
        return found;
    }

    /** The API reads only the charset it is told (UTF-8 by default), so each file says what it is. */
    private static String charsetOf(byte[] body) {
        for (String name : new String[] {"UTF-8", "GB18030", "Big5"}) {
            try {
                Charset.forName(name).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
                return name;
            } catch (CharacterCodingException e) {
                // not this one; try the next
            }
        }
        return null;
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static double ms(long nanos) { return nanos / 1e6; }
}
