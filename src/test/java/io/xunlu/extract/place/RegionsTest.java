package io.xunlu.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionsTest {
    private final Regions regions = Regions.standard();

    @Test
    void provinceAbbreviationsPointAtProvinces() {
        assertEquals(Optional.of("32"), regions.provinceOfAbbreviation('苏'));
        assertEquals(Optional.of("52"), regions.provinceOfAbbreviation('黔'));
        assertEquals(Optional.of("52"), regions.provinceOfAbbreviation('贵'));
        assertEquals(Optional.empty(), regions.provinceOfAbbreviation('的'));
        Gazetteer g = Gazetteer.standard();
        for (char c : "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新台港澳".toCharArray()) {
            String code = regions.provinceOfAbbreviation(c).orElseThrow();
            assertEquals(Level.PROVINCE, g.byCode(code).orElseThrow().level(), String.valueOf(c));
        }
    }

    @Test
    void areaSuffixesComeLongestFirst() {
        var suffixes = regions.areaSuffixes();
        for (int i = 1; i < suffixes.size(); i++)
            assertTrue(suffixes.get(i - 1).length() >= suffixes.get(i).length(), suffixes.get(i));
        assertTrue(regions.isRegion("长三角"));
        assertTrue(!regions.isRegion("南通"));
    }
}
