package io.xunlu.extract.date;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads one tab-separated data file under models/ on the class path: rows of fields, '#' lines and blank lines skipped. */
final class ModelFile {
    private ModelFile() {}

    static List<String[]> rows(String resource) {
        try (InputStream in = ModelFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing model file " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.strip().split("\t"));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + resource, e);
        }
    }
}
