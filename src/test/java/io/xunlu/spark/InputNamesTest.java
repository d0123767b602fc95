package io.xunlu.spark;

import io.xunlu.ExampleRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs names/examples.tsv: the job must name every input exactly as batch does, or the records differ. */
class InputNamesTest {
    private static final String EXAMPLES = "/io/xunlu/spark/names/examples.tsv";

    static Stream<Arguments> examples() throws IOException {
        return ExampleRows.read(EXAMPLES, 4);
    }

    @ParameterizedTest(name = "line {0}: {1} {2} {3} → {4}")
    @MethodSource("examples")
    void example(int n, String kind, String argument, String child, String expected) {
        switch (kind) {
            case "name" -> {
                String name = InputListing.displayName(argument);
                if (!child.equals("-")) name = InputListing.childName(name, child);
                assertEquals(expected, name);
            }
            case "scheme" -> assertEquals(Boolean.parseBoolean(expected), InputListing.hasScheme(argument));
            default -> throw new IllegalStateException("line " + n + ": unknown kind " + kind);
        }
    }

    @Test
    void hostileArgumentsAreScannedOnce() {
        String letters = "a".repeat(2_000_000);
        String colons = "hdfs" + "、".repeat(200_000) + ":" + "9".repeat(1_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertFalse(InputListing.hasScheme(letters));
            assertFalse(InputListing.hasScheme(colons));
            assertEquals(letters, InputListing.displayName(letters));
        });
    }
}
