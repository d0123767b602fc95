package io.xunlu.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A server on a free loopback port and a real HTTP client talking to it. */
final class TestServer implements AutoCloseable {
    final XunluServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One answer: status, Content-Type and body, with the body parsed when it is JSON. */
    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String errorCode() {
            JsonNode code = json().path("error").path("code");
            return code.isTextual() ? code.textValue() : null;
        }
    }

    TestServer(XunluServer server) {
        this.server = server;
    }

    static ServeConfig config(int workers, int queue, long maxBody, long timeoutMs) {
        return new ServeConfig("127.0.0.1", 0, workers, queue, maxBody, timeoutMs);
    }

    URI uri(String path) {
        return server.baseUri().resolve(path);
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    Reply post(String path, String contentType, byte[] body) {
        return send(postRequest(path, contentType, body));
    }

    Reply post(String path, String contentType, String body) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    CompletableFuture<Reply> postAsync(String path, String contentType, String body) {
        return client.sendAsync(postRequest(path, contentType, body.getBytes(StandardCharsets.UTF_8)),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(TestServer::reply);
    }

    private HttpRequest postRequest(String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) b.header("Content-Type", contentType);
        return b.build();
    }

    private Reply send(HttpRequest request) {
        try {
            return reply(client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Reply reply(HttpResponse<String> r) {
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    @Override
    public void close() {
        server.close();
    }
}
