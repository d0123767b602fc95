package io.xunlu.extract.number;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one data file shipped under /models in the jar: UTF-8, a '#' header line saying what the
 * file is, then one entry per line (tab-separated columns). Blank lines and '#' lines are skipped.
 * Called only while an extractor is built, never per document.
 */
public final class ModelFile {
    private ModelFile() {}

    /** Non-blank, non-comment lines of /models/{path}, trimmed of trailing whitespace. */
    public static List<String> lines(String path) {
        String resource = "/models/" + path;
        InputStream in = ModelFile.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing model file " + resource);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.stripTrailing();
                if (!s.isBlank() && !s.startsWith("#")) out.add(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return List.copyOf(out);
    }

    /** The lines of /models/{path} split on tabs; every row must have at least {@code minColumns}. */
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
