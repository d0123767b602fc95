package io.xunlu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharMapTest {
    @Test
    void agreesWithAHashMapOnRandomKeys() {
        Random r = new Random(3);
        for (int round = 0; round < 50; round++) {
            Map<Character, Integer> m = new HashMap<>();
            int n = r.nextInt(300);
            for (int i = 0; i < n; i++) m.put((char) r.nextInt(Character.MAX_VALUE + 1), i);
            CharMap<Integer> cm = new CharMap<>(m);
            assertEquals(m.size(), cm.size());
            for (int c = 0; c <= Character.MAX_VALUE; c += 1 + r.nextInt(7)) assertEquals(m.get((char) c), cm.get((char) c));
            for (char c : m.keySet()) assertEquals(m.get(c), cm.get(c));
        }
    }

    @Test
    void emptyAndEdgeKeys() {
        assertNull(new CharMap<String>(Map.of()).get('a'));
        CharMap<String> m = new CharMap<>(Map.of('\0', "nul", Character.MAX_VALUE, "max", '市', "city"));
        assertEquals("nul", m.get('\0'));
        assertEquals("max", m.get(Character.MAX_VALUE));
        assertEquals("city", m.get('市'));
        assertNull(m.get('县'));
    }
}
