package io.xunlu.extract.count;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xunlu.extract.number.ExampleRows;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The shared dev articles (/work/shared/articles, or -Dxunlu.shared): each input read as the
 * pipeline would hand it to an extractor — decoded, HTML reduced to its text, full-width ASCII
 * folded 1:1 — with its gold file. Line breaks inside a paragraph (a long line that stops
 * mid-sentence, as in 117.\n3亿元) are joined here, standing in for the layout stage.
 */
record DevArticles(Path file, String text, JsonNode gold) {
    static Path sharedDir() { return Path.of(System.getProperty("xunlu.shared", "../shared")); }

    static List<DevArticles> load() throws IOException {
        Path dir = sharedDir().resolve("articles");
        List<DevArticles> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path goldFile : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
                JsonNode gold = json.readTree(goldFile.toFile());
                Path input = dir.resolve(gold.path("file").asText());
                out.add(new DevArticles(input, repairLines(ExampleRows.fold(read(input))), gold));
            }
        }
        return out;
    }

    private static String read(Path input) throws IOException {
        String name = input.getFileName().toString();
        if (name.endsWith(".html")) return Jsoup.parse(input.toFile(), "UTF-8").text();
        Charset cs = name.contains(".gb18030.") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        return Files.readString(input, cs).replace("\r\n", "\n");
    }

    private static String repairLines(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int lineStart = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                String line = s.substring(lineStart, i);
                boolean joined = line.strip().length() >= 20 && !line.endsWith("  ")
                        && "。!?”:」)".indexOf(line.charAt(line.length() - 1)) < 0;
                if (joined) {
                    // a paragraph broken mid-sentence, possibly with blank lines between the halves
                    int j = i;
                    while (j + 1 < s.length() && s.charAt(j + 1) == '\n') j++;
                    i = j;
                    lineStart = j + 1;
                    continue;
                }
                lineStart = i + 1;
            }
            b.append(c);
        }
        return b.toString();
    }
}
