package io.xunlu.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xunlu.batch.InputFailure;
import io.xunlu.batch.InputSettings;
import io.xunlu.batch.JsonlSource;
import io.xunlu.cli.Main;
import io.xunlu.extract.place.Gazetteer;
import io.xunlu.ingest.Format;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** --region and a jsonl line's "region": codes in both forms, names, and clear refusals. */
class RegionOptionTest {
    private static final Gazetteer G = Gazetteer.standard();

    @Test
    void codesInEitherFormAndNamesGiveTheDivision() {
        assertEquals("320600", DivisionCodes.gbCode(RegionOption.parse(G, "320600")));
        assertEquals("320600", DivisionCodes.gbCode(RegionOption.parse(G, "3206")));
        assertEquals("320600", DivisionCodes.gbCode(RegionOption.parse(G, "南通市")));
        assertEquals("320000", DivisionCodes.gbCode(RegionOption.parse(G, "江苏")));
        assertEquals("320613", DivisionCodes.gbCode(RegionOption.parse(G, " 崇川区 ")));
    }

    @Test
    void aSharedNameOrAnUnknownOneIsRefusedSayingWhy() {
        IllegalArgumentException shared = assertThrows(IllegalArgumentException.class, () -> RegionOption.parse(G, "鼓楼区"));
        assertTrue(shared.getMessage().contains("350102") && shared.getMessage().contains("福州市"), shared.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RegionOption.parse(G, "999999"));
        assertThrows(IllegalArgumentException.class, () -> RegionOption.parse(G, "没有这个地方"));
        assertThrows(IllegalArgumentException.class, () -> RegionOption.parse(G, ""));
    }

    @Test
    void theCommandLineRefusesABadRegionBeforeReadingAnything() {
        assertEquals(2, Main.run("extract", "--region", "鼓楼区", "no-such-file.txt"));
        assertEquals(2, Main.run("batch", "--region", "999999", "no-such-dir", "-o", "out.jsonl"));
    }

    @Test
    void aJsonlLinesRegionWinsAndABadOneSpoilsOnlyItsLine() throws Exception {
        InputSettings settings = InputSettings.forMaxChars(null, Format.AUTO, "auto", 1000).withRegion("320600");
        String lines = "{\"text\":\"甲\"}\n{\"text\":\"乙\",\"region\":\"福州市\"}\n{\"text\":\"丙\",\"region\":\"鼓楼区\"}\n";
        try (JsonlSource src = new JsonlSource("in.jsonl", new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), settings)) {
            assertEquals("320600", src.next().load().region());
            assertEquals("350100", src.next().load().region());
            InputFailure bad = assertThrows(InputFailure.class, () -> src.next().load());
            assertEquals("input.bad_line", bad.code());
            assertTrue(bad.getMessage().contains("region"), bad.getMessage());
        }
    }
}
