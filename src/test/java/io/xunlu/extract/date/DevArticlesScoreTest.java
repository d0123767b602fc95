package io.xunlu.extract.date;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.document.DocumentExtractor;
import io.xunlu.extract.document.DocumentFinding;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Dev harness: runs both extractors over every gold-annotated article under the shared folder
 * (system property xunlu.shared, default ../shared) and prints precision, recall and F1 for dates
 * (set of strings per input) and documents (title + issuers). Skips when the folder is absent.
 *
 * <p>Inputs whose gold has no article (an advertisement page) are not scored: the layout stage drops
 * them. False positives on the first line of a plain-text page are not counted: page headers
 * ("2022年6月18日 星期六") are removed by the layout stage.
 */
class DevArticlesScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void scoresDatesAndDocumentsAgainstGold() throws IOException {
        Path articles = Path.of(System.getProperty("xunlu.shared", "../shared")).resolve("articles");
        assumeTrue(Files.isDirectory(articles), "no shared articles at " + articles.toAbsolutePath());
        DateExtractor dates = new DateExtractor();
        DocumentExtractor documents = new DocumentExtractor();
        Score dateScore = new Score(), docScore = new Score(), titleScore = new Score();
        List<Path> golds;
        try (Stream<Path> files = Files.list(articles)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path goldFile : golds) {
            JsonNode gold = JSON.readTree(goldFile.toFile());
            if (gold.path("articles").isEmpty()) continue;
            Path input = articles.resolve(gold.get("file").asText());
            String text = foldWidth(read(input));
            LocalDate published = gold.hasNonNull("published") ? LocalDate.parse(gold.get("published").asText()) : null;
            ArticleText article = new ArticleText(text, List.of(), published);
            int firstLineEnd = input.toString().endsWith(".html") || text.indexOf('\n') < 0 ? 0 : text.indexOf('\n');

            Set<String> goldDates = new TreeSet<>(), goldDocs = new TreeSet<>(), goldTitles = new TreeSet<>();
            for (JsonNode a : gold.get("articles")) {
                a.path("dates").forEach(d -> goldDates.add(foldWidth(d.asText())));
                for (JsonNode d : a.path("documents")) {
                    List<String> issuers = new ArrayList<>();
                    d.path("issuers").forEach(i -> issuers.add(foldWidth(i.asText())));
                    goldDocs.add(docKey(foldWidth(d.get("title").asText()), issuers));
                    goldTitles.add(foldWidth(d.get("title").asText()));
                }
            }
            Set<String> foundDates = new TreeSet<>(), ignored = new TreeSet<>();
            for (DateFinding f : dates.extract(article)) {
                String s = f.span().of(text);
                if (f.span().end() <= firstLineEnd && !goldDates.contains(s)) ignored.add(s);
                else foundDates.add(s);
            }
            Set<String> foundDocs = new TreeSet<>(), foundTitles = new TreeSet<>();
            for (DocumentFinding d : documents.extract(article)) {
                List<String> issuers = d.issuers().stream().map(sp -> sp.of(text)).toList();
                foundDocs.add(docKey(d.title(), issuers));
                foundTitles.add(d.title());
            }
            String name = input.getFileName().toString();
            dateScore.add(name, "dates", goldDates, foundDates);
            docScore.add(name, "documents", goldDocs, foundDocs);
            titleScore.add(name, "titles", goldTitles, foundTitles);
            if (!ignored.isEmpty()) System.out.println("  " + name + " first-line dates not counted: " + ignored);
        }
        System.out.println(dateScore.summary("dates"));
        System.out.println(docScore.summary("documents (title + issuers)"));
        System.out.println(titleScore.summary("document titles"));
        assertTrue(dateScore.f1() >= 0.92, "dates F1 fell below 0.92");
        assertTrue(docScore.f1() >= 0.90, "documents F1 fell below 0.90");
    }

    private static String docKey(String title, List<String> issuers) {
        return title + " ← " + new TreeSet<>(issuers);
    }

    private static final class Score {
        int tp, fp, fn;

        void add(String file, String field, Set<String> gold, Set<String> found) {
            Set<String> missed = new TreeSet<>(gold), extra = new TreeSet<>(found);
            missed.removeAll(found);
            extra.removeAll(gold);
            tp += gold.size() - missed.size();
            fn += missed.size();
            fp += extra.size();
            if (!missed.isEmpty() || !extra.isEmpty())
                System.out.println("  " + file + " " + field + " missed " + missed + " extra " + extra);
        }

        double precision() { return tp + fp == 0 ? 1 : (double) tp / (tp + fp); }

        double recall() { return tp + fn == 0 ? 1 : (double) tp / (tp + fn); }

        double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }

        String summary(String field) {
            return String.format("%s: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", field, precision(), recall(), f1(), tp, fp, fn);
        }
    }

    private static String read(Path input) throws IOException {
        String name = input.getFileName().toString();
        if (name.endsWith(".html")) return Jsoup.parse(input.toFile(), "UTF-8").text();
        Charset cs = name.contains(".gb18030.") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        return Files.readString(input, cs);
    }

    /** Full-width ASCII to half-width and the ideographic space to a space, one for one. */
    static String foldWidth(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= '\uFF01' && c[i] <= '\uFF5E') c[i] = (char) (c[i] - 0xFEE0);
            else if (c[i] == '\u3000') c[i] = ' ';
        }
        return new String(c);
    }

}
