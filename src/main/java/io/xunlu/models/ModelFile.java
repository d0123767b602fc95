package io.xunlu.models;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one data file of models/ from the classpath: UTF-8, one entry per line, '#' lines are the
 * header and comments, blank lines are skipped, TSV columns split on tabs. A missing file is a
 * packaging bug and fails loudly at start-up, never at the first document.
 */
public final class ModelFile {
    private ModelFile() {}

    public static List<String> lines(String path) {
        String resource = "/models/" + path;
        try (InputStream in = ModelFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("model file missing from the jar: " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                out.add(line.stripTrailing());
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static List<String[]> rows(String path) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(path)) out.add(line.split("\t", -1));
        return List.copyOf(out);
    }

    /** The rows of a TSV file; every row must have at least minColumns columns (a data error fails at start-up). */
    public static List<String[]> rows(String path, int minColumns) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(path)) {
            String[] cols = line.split("\t", -1);
            if (cols.length < minColumns)
                throw new IllegalStateException(path + ": expected " + minColumns + " columns in '" + line + "'");
            out.add(cols);
        }
        return List.copyOf(out);
    }
}
