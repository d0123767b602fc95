package io.xunlu.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the public suites live (system property xunlu.shared, default ../shared) and how to read them. */
final class Oracles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Oracles() {}

    static Path root() { return Path.of(System.getProperty("xunlu.shared", "../shared")).resolve("oracles"); }

    static boolean present() { return Files.isDirectory(root()); }

    static JsonNode json(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) return null;
        try {
            String s = Files.readString(p, StandardCharsets.UTF_8);
            if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) return List.of();
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
