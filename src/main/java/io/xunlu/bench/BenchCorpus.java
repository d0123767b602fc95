package io.xunlu.bench;

import io.xunlu.ingest.IngestException;
import io.xunlu.ingest.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The text every measurement runs on: the plain-text news pages of the given folders, repeated in
 * order until they hold the asked-for number of characters, so that every stage is timed on the
 * same documents.
 */
public record BenchCorpus(List<String> docs, long chars, int distinctDocs) {
    public static BenchCorpus load(List<Path> folders, long targetChars) throws IOException {
        List<String> distinct = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) continue;
            List<Path> files;
            try (Stream<Path> s = Files.list(folder)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                try {
                    String text = TextDecoder.decode(Files.readAllBytes(f), "auto").text();
                    if (!text.isBlank()) distinct.add(text);
                } catch (IngestException e) {
                    // a sample that cannot be decoded is no benchmark text; the others suffice
                }
            }
        }
        if (distinct.isEmpty()) throw new IOException("no .txt news pages in " + folders);
        List<String> docs = new ArrayList<>();
        long chars = 0;
        while (chars < targetChars) {
            for (String d : distinct) {
                docs.add(d);
                chars += d.length();
                if (chars >= targetChars) break;
            }
        }
        return new BenchCorpus(List.copyOf(docs), chars, distinct.size());
    }

    /** The first documents holding about the given number of characters, for warm-up. */
    public BenchCorpus head(long maxChars) {
        List<String> out = new ArrayList<>();
        long n = 0;
        for (String d : docs) {
            if (n >= maxChars) break;
            out.add(d);
            n += d.length();
        }
        return new BenchCorpus(out, n, distinctDocs);
    }
}
