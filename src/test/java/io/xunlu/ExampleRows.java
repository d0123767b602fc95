package io.xunlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads an examples TSV beside a rule set for a parameterized test: '#' and blank lines skipped,
 * each row as arguments (line number first, then its columns), a row with the wrong column
 * count failing loudly with its line number.
 */
public final class ExampleRows {
    private ExampleRows() {}

    public static Stream<Arguments> read(String resource, int columns) throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = ExampleRows.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (f.length != columns) throw new IllegalStateException(resource + ":" + n + " needs " + columns + " columns");
                Object[] args = new Object[columns + 1];
                args[0] = n;
                System.arraycopy(f, 0, args, 1, columns);
                out.add(Arguments.of(args));
            }
        }
        return out.stream();
    }
}
