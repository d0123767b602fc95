package io.xunlu.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.xunlu.extract.LocalSpan;
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
    void hostileInputOfFiveMegabytesRunsInLinearTime() {
        StringBuilder digits = new StringBuilder();
        while (digits.length() < 1_000_000) digits.append("1234567890");
        String commas = "、".repeat(200_000);
        StringBuilder prefixes = new StringBuilder();
        // Long runs that keep the trie walk going: every position starts a near-miss.
        while (prefixes.length() < 2_000_000) prefixes.append("内蒙古自治").append("恩施土家族苗族自治");
        String surrogates = "𠀀".repeat(400_000);
        String text = digits + commas + prefixes + surrogates + "南通市";
        assertTrue(text.length() >= 4_000_000);
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
        Gazetteer.standard(); // classes loaded, so the figures below are the data itself
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        Gazetteer fresh = Gazetteer.load();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("Gazetteer: %s; load %d ms (classes warm); heap retained about %.1f MiB%n",
                fresh.describe(), millis, (after - before) / (1024.0 * 1024.0));
        assertFalse(fresh.find("南通").isEmpty());
        // The budget is JVM start to first result; see the report for cold-start figures.
        assertTrue(millis < 300, "load took " + millis + " ms");
    }
}
