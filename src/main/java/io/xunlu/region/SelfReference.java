package io.xunlu.region;

import io.xunlu.extract.place.Level;
import io.xunlu.models.ModelFile;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The level of division an item speaks from, learned from the words by which local copy speaks of
 * its own division without naming it (我市, 全县, 区委: models/region/self-reference.tsv). A county
 * paper says 全县 more often than it quotes the city's 市委; the level with the most weight wins, and
 * a lone bare body word (one 市委 in a wire story) is too little to say anything.
 */
final class SelfReference {
    private record Cue(String word, Level level, int weight) {}

    private static final int ENOUGH = 2;
    private final List<Cue> cues;

    SelfReference() {
        cues = ModelFile.rows("region/self-reference.tsv", 3).stream()
                .map(r -> new Cue(r[0], level(r[1]), Integer.parseInt(r[2].strip()))).toList();
    }

    /** The level the item speaks from, or null when its words do not say. */
    Level speakingLevel(String text) {
        Map<Level, Integer> weight = new EnumMap<>(Level.class);
        for (Cue c : cues) {
            for (int i = text.indexOf(c.word()); i >= 0; i = text.indexOf(c.word(), i + c.word().length()))
                weight.merge(c.level(), c.weight(), Integer::sum);
        }
        Level best = null;
        int top = ENOUGH - 1;
        for (Map.Entry<Level, Integer> e : weight.entrySet()) {
            // on a tie the lower level wins: a county's copy also speaks of its city (全市第一)
            if (e.getValue() > top || (e.getValue() == top && best != null && e.getKey().ordinal() > best.ordinal())) {
                best = e.getKey();
                top = e.getValue();
            }
        }
        return best;
    }

    private static Level level(String label) {
        return switch (label.strip()) {
            case "province" -> Level.PROVINCE;
            case "city" -> Level.CITY;
            case "county" -> Level.COUNTY;
            default -> throw new IllegalStateException("region/self-reference.tsv: unknown level " + label);
        };
    }
}
