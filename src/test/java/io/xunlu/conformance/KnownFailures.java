package io.xunlu.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * known-failures.tsv: suite/model, case id, reason. A listed case is expected to fail; when it starts
 * passing the test fails so the list only shrinks.
 */
final class KnownFailures {
    private static final Map<String, String> REASONS = load();

    private KnownFailures() {}

    static String reason(OracleCase c) { return REASONS.get(c.key()); }

    static int size() { return REASONS.size(); }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        InputStream in = KnownFailures.class.getResourceAsStream("known-failures.tsv");
        if (in == null) return out;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                if (cols.length != 3) throw new IllegalStateException("known-failures.tsv: want 3 columns: " + line);
                if (out.put(cols[0] + "\t" + cols[1], cols[2]) != null) throw new IllegalStateException("listed twice: " + line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
