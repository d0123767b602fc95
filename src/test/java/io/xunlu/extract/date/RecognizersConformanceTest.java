package io.xunlu.extract.date;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xunlu.extract.ArticleText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Report only: Microsoft Recognizers-Text Chinese DateParser and DatePeriodParser specs (shared/oracles/
 * recognizers-text, see its SOURCE.md) run through DateExtractor with the case's reference date. A case
 * passes when a finding overlapping each expected span resolves to the future or the past resolution
 * (their endDate is exclusive for months and years, inclusive for day ranges: either is accepted).
 * Cases carrying a marker of jionlp-scope.tsv (lunar dates, weekdays, festivals …) are skipped. Prints
 * pass/skip/fail; asserts nothing beyond running, since these specs target a chat-style grammar
 * (dd/mm/yy, imperial eras) that news text does not use.
 */
class RecognizersConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateExtractor EXTRACTOR = new DateExtractor();

    @Test
    void reportsDateAndPeriodParserSpecs() throws IOException {
        Path dir = Path.of(System.getProperty("xunlu.shared", "../shared")).resolve("oracles/recognizers-text/DateTime/Chinese");
        assumeTrue(Files.isDirectory(dir), "no Recognizers-Text specs at " + dir.toAbsolutePath());
        List<String> markers = markers();
        for (String spec : List.of("DateParser.json", "DatePeriodParser.json")) {
            int pass = 0, skip = 0;
            List<String> fails = new ArrayList<>();
            for (JsonNode c : JSON.readTree(dir.resolve(spec).toFile())) {
                String input = c.get("Input").asText();
                JsonNode results = c.get("Results");
                if (results.isEmpty() || markers.stream().anyMatch(input::contains)
                        || !results.get(0).path("Value").path("FutureResolution").fieldNames().hasNext()) {
                    skip++;
                    continue;
                }
                LocalDate ref = LocalDate.parse(c.get("Context").get("ReferenceDateTime").asText().substring(0, 10));
                String text = DevArticlesScoreTest.foldWidth(input);
                List<DateFinding> found = EXTRACTOR.extract(new ArticleText(text, List.of(), ref));
                boolean ok = true;
                StringBuilder got = new StringBuilder();
                for (JsonNode r : results) {
                    int start = r.get("Start").asInt(), end = start + r.get("Length").asInt();
                    DateFinding hit = found.stream().filter(f -> f.span().start() < end && f.span().end() > start).findFirst().orElse(null);
                    got.append(hit == null ? "(nothing)" : hit.span().of(text) + "=" + hit.value()).append(' ');
                    ok &= hit != null && (resolves(hit.value(), r.get("Value").get("FutureResolution"))
                            || resolves(hit.value(), r.get("Value").get("PastResolution")));
                }
                if (ok) pass++;
                else fails.add(input + "  want " + results.get(0).get("Value").get("FutureResolution") + "  got " + got);
            }
            System.out.printf("Recognizers-Text %s: pass %d, fail %d, skipped %d%n", spec, pass, fails.size(), skip);
            fails.forEach(f -> System.out.println("  fail  " + f));
        }
    }

    private static boolean resolves(String value, JsonNode resolution) {
        if (value == null || resolution == null) return false;
        String start = resolution.has("date") ? resolution.get("date").asText() : resolution.path("startDate").asText();
        String end = resolution.has("date") ? start : resolution.path("endDate").asText();
        if (start.isEmpty() || end.isEmpty()) return false;
        String[] ends = value.split("/");
        LocalDate first = day(ends[0], true), last = day(ends.length > 1 ? ends[1] : ends[0], false);
        LocalDate wantEnd = LocalDate.parse(end);
        return first.equals(LocalDate.parse(start)) && (last.equals(wantEnd) || last.equals(wantEnd.minusDays(1)));
    }

    private static LocalDate day(String iso, boolean first) {
        if (iso.length() == 4) return first ? LocalDate.of(Integer.parseInt(iso), 1, 1) : LocalDate.of(Integer.parseInt(iso), 12, 31);
        if (iso.length() == 7) {
            LocalDate d = LocalDate.parse(iso + "-01");
            return first ? d : d.withDayOfMonth(d.lengthOfMonth());
        }
        return LocalDate.parse(iso.substring(0, 10));
    }

    private static List<String> markers() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = RecognizersConformanceTest.class.getResourceAsStream("jionlp-scope.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("=")) out.add(line.split("\t")[0]);
        }
        return out;
    }
}
