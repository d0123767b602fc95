package io.xunlu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.xunlu.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The gold pairs under one or more folders, searched recursively: every NAME.gold.json whose "file"
 * key names an input beside it (NAME.txt, NAME.html, NAME.gb18030.txt). Inputs without gold are
 * not scored; a gold that cannot be read or whose input is missing is kept as a problem, so a
 * corpus that silently shrinks is noticed.
 */
public final class GoldCorpus {
    static final String GOLD_SUFFIX = ".gold.json";

    private final List<GoldFile> files;
    private final List<String> problems;
    private final List<String> withoutText;

    private GoldCorpus(List<GoldFile> files, List<String> problems, List<String> withoutText) {
        this.files = List.copyOf(files);
        this.problems = List.copyOf(problems);
        this.withoutText = List.copyOf(withoutText);
    }

    /** Scans the folders in order; a folder given twice (or nested in another) is read once. */
    public static GoldCorpus scan(List<Path> roots) throws IOException {
        List<GoldFile> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> withoutText = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) throw new IOException("not a folder: " + root);
            List<Path> golds;
            try (Stream<Path> walk = Files.walk(root)) {
                golds = walk.filter(p -> p.getFileName().toString().endsWith(GOLD_SUFFIX))
                        .filter(Files::isRegularFile).sorted().toList();
            }
            for (Path gold : golds) {
                if (!seen.add(gold.toRealPath())) continue;
                read(root, gold, files, problems, withoutText);
            }
        }
        return new GoldCorpus(files, problems, withoutText);
    }

    private static void read(Path root, Path goldPath, List<GoldFile> files, List<String> problems, List<String> withoutText) {
        String shown = root.relativize(goldPath).toString();
        JsonNode gold;
        try {
            gold = Json.MAPPER.readTree(goldPath.toFile());
        } catch (IOException e) {
            problems.add(shown + ": unreadable gold: " + e.getMessage());
            return;
        }
        String fileName = gold.path("file").asText("");
        if (fileName.isEmpty()) {
            problems.add(shown + ": gold has no \"file\" key naming its input");
            return;
        }
        if (!gold.path("articles").isArray()) {
            problems.add(shown + ": gold has no \"articles\" list");
            return;
        }
        boolean real = gold.hasNonNull("source");
        if (real && !root.toAbsolutePath().normalize().equals(goldPath.toAbsolutePath().normalize().getParent())) return;
        Path input = goldPath.resolveSibling(fileName);
        if (real && !Files.isRegularFile(input)) {
            withoutText.add(shown);
            return;
        }
        if (!Files.isRegularFile(input)) {
            problems.add(shown + ": input " + fileName + " is missing");
            return;
        }
        LocalDate published = null;
        String date = gold.path("published").asText("");
        if (!gold.path("published").isNull() && !date.isEmpty()) {
            try {
                published = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add(shown + ": published is not YYYY-MM-DD: " + date);
            }
        }
        String part = gold.path("part").isTextual() ? gold.path("part").asText() : null;
        files.add(new GoldFile(root.relativize(input).toString(), input, goldPath, gold, published, part));
    }

    public List<GoldFile> files() { return files; }

    /** Real items whose text is not in the cache, by gold file: not scored, and said so. */
    public List<String> withoutText() { return withoutText; }

    /** The parts the golds name (tune, untouched), in order; empty for a corpus without parts. */
    public List<String> parts() {
        return files.stream().map(GoldFile::part).filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    /** The same corpus restricted to one part. */
    public GoldCorpus part(String part) {
        return new GoldCorpus(files.stream().filter(f -> part.equals(f.part())).toList(), problems, withoutText);
    }

    /** Golds that could not be used, one line each (missing input, unreadable JSON …). */
    public List<String> problems() { return problems; }
}
