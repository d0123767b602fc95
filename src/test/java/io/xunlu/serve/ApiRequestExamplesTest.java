package io.xunlu.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xunlu.Xunlu;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every request in requests.tsv against a real server on loopback: each gets its documented
 * status and, when refused, a JSON {"error": {"code", "message"}}; after each the server still
 * answers its health check.
 */
final class ApiRequestExamplesTest {
    private static final String EXAMPLES = "/io/xunlu/serve/requests.tsv";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(XunluServer.start(Xunlu.standard(), TestServer.config(2, 16, 65_536, 60_000)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> examples() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = ApiRequestExamplesTest.class.getResourceAsStream(EXAMPLES);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 6) throw new IllegalStateException("expected 6 columns: " + line);
                rows.add(Arguments.of(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), f[5]));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} → {4} {5}")
    @MethodSource("examples")
    void answersAsDocumented(String name, String request, String contentType, String body, int status, String code) {
        String[] mp = request.split(" ", 2);
        TestServer.Reply reply = mp[0].equals("GET") ? server.get(mp[1])
                : server.post(mp[1], contentType.equals("-") ? null : contentType, body(body));
        assertEquals(status, reply.status(), () -> name + ": " + reply.body());
        if (status == 200) {
            String expectedType = mp[1].startsWith("/api/batch") ? "application/x-ndjson" : "application/json";
            assertTrue(reply.contentType().startsWith(expectedType), reply.contentType());
            if (!mp[1].startsWith("/api/batch")) assertEquals("xunlu/1", reply.json().path("schema").asText());
        } else {
            assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
            assertEquals(code, reply.errorCode(), reply.body());
            assertTrue(reply.json().path("error").path("message").isTextual(), reply.body());
        }
        assertEquals(200, server.get("/api/health").status(), "the server keeps serving after: " + name);
    }

    static byte[] body(String spec) {
        if (spec.equals("empty")) return new byte[0];
        if (spec.startsWith("hex:")) return HexFormat.of().parseHex(spec.substring(4));
        if (spec.startsWith("bytes:")) return "a".repeat(Integer.parseInt(spec.substring(6))).getBytes(StandardCharsets.UTF_8);
        if (spec.startsWith("repeat:")) {
            int colon = spec.indexOf(':', 7);
            return spec.substring(colon + 1).repeat(Integer.parseInt(spec.substring(7, colon))).getBytes(StandardCharsets.UTF_8);
        }
        if (spec.startsWith("text:")) return unescape(spec.substring(5)).getBytes(StandardCharsets.UTF_8);
        throw new IllegalArgumentException("unknown body spec " + spec);
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
        }
        return b.toString();
    }
}
