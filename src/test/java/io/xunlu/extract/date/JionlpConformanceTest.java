package io.xunlu.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Conformance against JioNLP's time_parser cases (shared/oracles/jionlp, see its SOURCE.md): every
 * date and period case the contract covers is run through DateExtractor with the case's base time as
 * the publication date; the longest finding must resolve to the expected days (and clock minutes
 * where we give a time). Prints a pass/skip/fail table. Out-of-scope cases are skipped by the markers
 * in jionlp-scope.tsv and by shape (below); failures must be listed, with a reason, in
 * jionlp-known-failures.tsv, so a regression fails the build. Skips when the oracle is absent.
 */
class JionlpConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateExtractor EXTRACTOR = new DateExtractor();
    private static final String NUMERALS = "0123456789〇零一二三四五六七八九十两几半多仨";

    @Test
    void passesTheDateAndPeriodCasesTheContractCovers() throws IOException {
        Path file = Path.of(System.getProperty("xunlu.shared", "../shared")).resolve("oracles/jionlp/time_parser.json");
        assumeTrue(Files.isRegularFile(file), "no JioNLP oracle at " + file.toAbsolutePath());
        Map<String, String> scope = tsv("jionlp-scope.tsv");
        Map<String, String> known = tsv("jionlp-known-failures.tsv");
        Map<String, Integer> skipped = new TreeMap<>();
        List<String> passed = new ArrayList<>(), failed = new ArrayList<>(), unexpected = new ArrayList<>();
        for (JsonNode c : JSON.readTree(file.toFile())) {
            String input = c.get("input").asText();
            String skip = skipReason(c, input, scope);
            if (skip != null) {
                skipped.merge(skip, 1, Integer::sum);
                continue;
            }
            String got = resolve(input, baseDate(c.get("time_base")));
            JsonNode time = c.get("expected").get("time");
            String want = time.get(0).asText() + " – " + time.get(1).asText();
            if (matches(got, time.get(0).asText(), time.get(1).asText())) {
                passed.add(input);
                if (known.containsKey(input)) System.out.println("  now passes, remove from known failures: " + input);
            } else {
                failed.add(input + "  want " + want + "  got " + got);
                if (!known.containsKey(input)) unexpected.add(input + "  want " + want + "  got " + got);
            }
        }
        int inScope = passed.size() + failed.size();
        double rate = (double) passed.size() / inScope;
        System.out.printf("JioNLP time_parser: %d in scope, pass %d, fail %d (%.1f%%), skipped %d%n",
                inScope, passed.size(), failed.size(), 100 * rate, skipped.values().stream().mapToInt(Integer::intValue).sum());
        skipped.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> System.out.printf("  skip %3d  %s%n", e.getValue(), e.getKey()));
        failed.forEach(f -> System.out.println("  fail  " + f));
        assertEquals(List.of(), unexpected, "failures not in jionlp-known-failures.tsv");
        assertTrue(rate >= 0.90, "pass rate below 90% of the cases in scope");
    }

    /** Null when the case is in scope, else why not. */
    private static String skipReason(JsonNode c, String input, Map<String, String> scope) {
        JsonNode expected = c.get("expected");
        String type = expected.path("type").asText();
        if (!type.equals("time_point") && !type.equals("time_span")) return "durations and recurrences (" + type + ") are amounts, not dates";
        if (c.has("options")) return "ret_future / lunar options have no counterpart";
        JsonNode time = expected.get("time");
        if (!time.get(0).asText().matches("\\d{4}-.*") || !time.get(1).asText().matches("\\d{4}-.*"))
            return "open-ended bounds (以后, 以前) are not in the contract";
        for (var marker : scope.entrySet()) {
            String m = marker.getKey();
            if (m.startsWith("=") ? input.equals(m.substring(1)) : input.contains(m)) return marker.getValue();
        }
        if (input.chars().allMatch(Character::isDigit)) return "digits without 年: a number, not a date, in news text";
        if (twoDigitYear(input)) return "two-digit years without a month (98年, 零七年) read as durations in news";
        if (countedOffset(input)) return "counted offsets (3年后, 两个半月前): durations relative to now";
        if (bareClock(input)) return "a clock time without a day is left unresolved by the contract";
        return null;
    }

    /** 10月, 4月, 十二月 at i. */
    private static boolean monthFollows(String s, int i) {
        int k = i;
        while (k < s.length() && k - i < 3 && NUMERALS.indexOf(s.charAt(k)) >= 0) k++;
        return k > i && k < s.length() && s.charAt(k) == '月';
    }

    /** A 年 after exactly two numerals (零七年, 98年), except two ASCII digits before a month (98年4月), which the contract reads. */
    private static boolean twoDigitYear(String s) {
        for (int i = s.indexOf('年'); i >= 0; i = s.indexOf('年', i + 1)) {
            int k = i;
            while (k > 0 && NUMERALS.indexOf(s.charAt(k - 1)) >= 0 && s.charAt(k - 1) != '十') k--;
            if (i - k == 2 && (!Character.isDigit(s.charAt(i - 1)) || !monthFollows(s, i + 1))) return true;
        }
        return false;
    }

    /** A count of units followed by 后/前/以来/内: 3年后, 两个半月前, 60日内. */
    private static boolean countedOffset(String s) {
        String[] units = {"年", "月", "天", "日", "周", "小时", "钟头", "分钟", "分", "秒", "季度", "工作日", "交易日"};
        for (String unit : units) {
            for (int i = s.indexOf(unit); i >= 0; i = s.indexOf(unit, i + 1)) {
                int k = i;
                while (k > 0 && (NUMERALS.indexOf(s.charAt(k - 1)) >= 0 || s.charAt(k - 1) == '个')) k--;
                String after = s.substring(i + unit.length());
                if (k < i && (s.charAt(i - 1) == '个' || s.charAt(i - 1) == '半' || s.charAt(i - 1) == '多' || unit.length() > 1
                        || !unit.equals("年") && !unit.equals("月") && !unit.equals("日"))
                        && after.matches("(半|多)?(之|以)?(后|前|内|来|里).*")) return true;
                if (k < i && unit.equals("年") && i - k < 4 && after.matches("(半|多)?(之|以)?(后|前|来|内).*")) return true;
                if (k < i && unit.equals("日") && after.matches("(之|以)?(后|内).*")) return true;
                // 前两年, 前两个钟头: the last N units before now (前5个月 and 前三季度 are in the contract)
                if (k < i && k > 0 && s.charAt(k - 1) == '前' && !unit.equals("月") && !unit.equals("季度")) return true;
            }
        }
        return false;
    }

    /** A clock time with no day, month, year or day word: 晚上十一点, 15:37. */
    private static boolean bareClock(String s) {
        boolean clock = s.contains("点") || s.contains("时") || s.contains(":") || s.contains("：");
        for (char c : "年月日号天昨今明前后当次本".toCharArray()) if (s.indexOf(c) >= 0) return false;
        return clock;
    }

    private static LocalDate baseDate(JsonNode base) {
        String kind = base.get("kind").asText();
        JsonNode raw = base.get("raw");
        return switch (kind) {
            case "unix_ts" -> LocalDate.parse(base.get("local_asia_shanghai").asText().substring(0, 10));
            // a base that gives only a year is read as mid-year: an invented 1 January would fire the
            // rule that a December date in a January paper is last December's
            case "list[y,m,d,h,mi,s]" -> LocalDate.of(raw.get(0).asInt(), raw.has(1) ? raw.get(1).asInt() : 7, raw.has(2) ? raw.get(2).asInt() : 1);
            case "partial_dict" -> LocalDate.of(raw.get("year").asInt(), raw.path("month").asInt(7), raw.path("day").asInt(1));
            case "datetime" -> LocalDate.parse(base.get("local").asText().substring(0, 10));
            case "now" -> LocalDate.of(2021, 6, 14);
            default -> null;
        };
    }

    /** The value of the longest finding, or a note saying what was found instead. */
    private static String resolve(String input, LocalDate base) {
        String text = DevArticlesScoreTest.foldWidth(input);
        DateFinding longest = null;
        for (DateFinding f : EXTRACTOR.extract(new ArticleText(text, List.of(), base)))
            if (longest == null || f.span().length() > longest.span().length()) longest = f;
        if (longest == null) return "(nothing)";
        return longest.value() == null ? "(" + longest.span().of(text) + " unresolved)" : longest.value();
    }

    /** Our ISO value against JioNLP's inclusive [start, end] in seconds: same days, and same minutes where we give a time. */
    static boolean matches(String value, String start, String end) {
        if (value == null || value.startsWith("(")) return false;
        String[] ends = value.split("/");
        String first = ends[0], last = ends.length > 1 ? ends[1] : ends[0];
        LocalDateTime wantStart = LocalDateTime.parse(start.replace(' ', 'T')), wantEnd = LocalDateTime.parse(end.replace(' ', 'T'));
        if (!startDay(first).equals(wantStart.toLocalDate()) || !endDay(last).equals(wantEnd.toLocalDate())) return false;
        if (first.contains("T") && !first.substring(11, 16).equals(start.substring(11, 16))) return false;
        return !(ends.length > 1 && last.contains("T") && !last.substring(11, 16).equals(end.substring(11, 16)));
    }

    private static LocalDate startDay(String iso) {
        if (iso.length() == 4) return LocalDate.of(Integer.parseInt(iso), 1, 1);
        if (iso.length() == 7) return LocalDate.parse(iso + "-01");
        return LocalDate.parse(iso.substring(0, 10));
    }

    private static LocalDate endDay(String iso) {
        if (iso.length() == 4) return LocalDate.of(Integer.parseInt(iso), 12, 31);
        if (iso.length() == 7) {
            LocalDate d = LocalDate.parse(iso + "-01");
            return d.withDayOfMonth(d.lengthOfMonth());
        }
        return LocalDate.parse(iso.substring(0, 10));
    }

    private static Map<String, String> tsv(String resource) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (InputStream in = JionlpConformanceTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", 2);
                rows.put(f[0], f.length > 1 ? f[1] : "");
            }
        }
        return rows;
    }
}
