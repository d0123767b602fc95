package io.xunlu.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.xunlu.analysis.Token;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.LocalSpan;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.standard();

    @Test
    void loadsAllLevels() {
        var byLevel = g.divisions().stream().collect(Collectors.groupingBy(Division::level, Collectors.counting()));
        assertEquals(34, byLevel.get(Level.PROVINCE));
        assertTrue(byLevel.get(Level.CITY) > 300, "cities: " + byLevel.get(Level.CITY));
        assertTrue(byLevel.get(Level.COUNTY) > 2800, "counties: " + byLevel.get(Level.COUNTY));
        assertTrue(byLevel.get(Level.TOWNSHIP) > 35000, "townships: " + byLevel.get(Level.TOWNSHIP));
        for (Division d : g.divisions()) {
            if (d.level() == Level.PROVINCE) assertTrue(d.isTopLevel(), d.name());
            else assertTrue(g.parent(d).isPresent(), "parent of " + d.name() + " " + d.code());
        }
    }

    @Test
    void shortFormsFollowTheSuffixRules() {
        Division echeng = g.byName("鄂城区").orElseThrow();
        assertEquals(List.of("鄂城"), echeng.shortForms());
        assertEquals("区", g.levelSuffix(echeng));

        Division fang = g.byName("房县").orElseThrow();
        assertEquals(List.of(), fang.shortForms(), "a one-character stem is not a free-text form");
        assertEquals(List.of("房"), fang.titleForms());
        assertEquals("县", g.levelSuffix(fang));
        assertFalse(g.isDivisionName("房"));
        assertTrue(g.isDivisionName("房县"));

        assertEquals(List.of("南通"), g.byName("南通市").orElseThrow().shortForms());
        assertEquals(List.of("内蒙古"), g.byName("内蒙古自治区").orElseThrow().shortForms());
        assertEquals(List.of("广西"), g.byName("广西壮族自治区").orElseThrow().shortForms());
        Division enshi = g.byName("恩施土家族苗族自治州").orElseThrow();
        assertEquals(List.of("恩施", "恩施州"), enshi.shortForms());
        assertEquals("州", g.levelSuffix(enshi));
        assertEquals("自治区", g.levelSuffix(g.byName("广西").orElseThrow()));
    }

    @Test
    void ambiguousNamesListEveryDivision() {
        List<Division> chaoyang = g.all("朝阳区");
        assertTrue(chaoyang.size() >= 2, "朝阳区 in Beijing and Changchun: " + chaoyang);
        Set<String> parents = chaoyang.stream().map(Division::parentCode).collect(Collectors.toSet());
        assertTrue(parents.contains("11") && parents.contains("2201"), parents.toString());
        // 朝阳 is the short form of 朝阳市 (a city) and of the districts: the city comes first.
        List<Division> shortForm = g.all("朝阳");
        assertEquals(Level.CITY, shortForm.get(0).level());
        assertTrue(shortForm.size() >= 3);
        PlaceMatch m = g.find("在朝阳区").get(0);
        assertTrue(m.isAmbiguous());
        assertTrue(m.isFullName());
    }

    @Test
    void scannerOffsetsCountUtf16UnitsAfterASupplementaryCharacter() {
        String text = "𠀀据悉，江苏省南通市与湖北省鄂州市鄂城区签约。𩸽房县委书记到会。";
        List<PlaceMatch> found = g.find(text);
        List<String> forms = found.stream().map(PlaceMatch::form).toList();
        assertEquals(List.of("江苏省", "南通市", "湖北省", "鄂州市", "鄂城区", "房县"), forms);
        for (PlaceMatch m : found) assertEquals(m.form(), m.span().of(text));
        assertEquals(new LocalSpan(5, 8), found.get(0).span());
        int fang = text.indexOf("房县");
        assertEquals("房县", g.prefixAt(text, fang).orElseThrow().form());
        assertEquals(List.of("房", "房县"), g.prefixesAt("房县委书记", 0).stream().map(PlaceMatch::form).toList());
    }

    @Test
    void tokensKeepShortFormsOutOfNamesAndWords() {
        // 李永安 is a person (永安市 exists), 居民和商户 runs over 民和 (民和县), 南通市委 is one token.
        String text = "李永安要求居民和商户配合。南通市委召开会议,鄂城获批。";
        List<Token> tokens = List.of(
                new Token("李永安", "nr", 0, 3), new Token("要求", "v", 3, 5), new Token("居民", "n", 5, 7),
                new Token("和", "c", 7, 8), new Token("商户", "n", 8, 10), new Token("配合", "v", 10, 12),
                new Token("。", "w", 12, 13), new Token("南通市委", "nt", 13, 17), new Token("召开", "v", 17, 19),
                new Token("会议", "n", 19, 21), new Token(",", "w", 21, 22), new Token("鄂城", "ns", 22, 24),
                new Token("获批", "v", 24, 26), new Token("。", "w", 26, 27));
        List<String> plain = g.find(text).stream().map(PlaceMatch::form).toList();
        assertEquals(List.of("永安", "民和", "南通市", "鄂城"), plain);
        List<String> checked = g.find(new ArticleText(text, tokens, null)).stream().map(PlaceMatch::form).toList();
        assertEquals(List.of("南通市", "鄂城"), checked);
        assertEquals(plain, g.find(ArticleText.of(text)).stream().map(PlaceMatch::form).toList(), "no tokens, no filter");
    }

    @Test
    void hostileInputOfFiveMegabytesRunsInLinearTime() {
        StringBuilder digits = new StringBuilder();
        while (digits.length() < 1_000_000) digits.append("1234567890");
        String commas = "、".repeat(200_000);
        StringBuilder prefixes = new StringBuilder();
        // Long runs that keep the trie walk going: every position starts a near-miss.
        while (prefixes.length() < 3_000_000) prefixes.append("内蒙古自治").append("恩施土家族苗族自治");
        String surrogates = "𠀀".repeat(400_000);
        String text = digits + commas + prefixes + surrogates + "南通市";
        assertTrue(text.length() >= 5_000_000, "at least 5 M chars");
        List<PlaceMatch> found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> g.find(text));
        assertEquals("南通市", found.get(found.size() - 1).form());
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < text.length(); i += 1) g.prefixAt(text, i);
        });
        List<RegionMatch> regions = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Regions.standard().find(text));
        assertTrue(regions.isEmpty());
    }

    @Test
    void loadTimeAndHeapSize() {
        Runtime rt = Runtime.getRuntime();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Gazetteer.standard(); // classes loaded, so the figures below are the data itself
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Gazetteer fresh = Gazetteer.load();
        long wallMillis = (System.nanoTime() - t0) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("Gazetteer: %s; load %d ms wall, %d ms CPU (classes warm); heap retained about %.1f MiB%n",
                fresh.describe(), wallMillis, cpuMillis, (after - before) / (1024.0 * 1024.0));
        assertFalse(fresh.find("南通").isEmpty());
        // CPU time of this thread, not wall time: the build machine is shared and wall time
        // swings with its load. The budget is JVM start to first result well under 300 ms.
        assertTrue(cpuMillis < 300, "load took " + cpuMillis + " ms of CPU");
        assertTrue(after - before < 32L << 20, "retained heap " + (after - before));
    }
}
