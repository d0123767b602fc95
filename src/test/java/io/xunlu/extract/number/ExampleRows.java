package io.xunlu.extract.number;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads a Duckling-style examples file from the test classpath: '#' lines are comments, every other
 * line is tab-separated columns; "\n" in a column stands for a line break. Each row becomes one
 * parameterized test case, named by its line number so a failure points at the file.
 */
public final class ExampleRows {
    private ExampleRows() {}

    /** Full-width ASCII (U+FF01–FF5E) and the ideographic space folded 1:1, as the pipeline does before extractors run. */
    public static String fold(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= '\uFF01' && c <= '\uFF5E') out[i] = (char) (c - 0xFEE0);
            else if (c == '\u3000') out[i] = ' ';
        }
        return new String(out);
    }

    public static List<Arguments> read(Class<?> owner, String resource, int columns) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing examples " + resource);
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                if (cols.length != columns)
                    throw new IllegalStateException(resource + ":" + lineNo + " has " + cols.length + " columns, want " + columns);
                Object[] args = new Object[columns + 1];
                args[0] = lineNo;
                for (int i = 0; i < columns; i++) args[i + 1] = cols[i].replace("\\n", "\n");
                rows.add(Arguments.of(args));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
