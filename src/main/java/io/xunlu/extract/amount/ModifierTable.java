package io.xunlu.extract.amount;

import io.xunlu.models.ModelFile;
import io.xunlu.extract.number.WordList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The modifiers of models/numbers/modifiers.tsv, looked up by position. Immutable; counts use it too. */
public final class ModifierTable {
    private final Map<Modifier.Position, Map<String, Modifier>> byPosition = new EnumMap<>(Modifier.Position.class);
    private final Map<Modifier.Position, WordList> lists = new EnumMap<>(Modifier.Position.class);

    public ModifierTable() {
        for (Modifier.Position p : Modifier.Position.values()) byPosition.put(p, new HashMap<>());
        for (String[] row : ModelFile.rows("numbers/modifiers.tsv", 4)) {
            Modifier m = new Modifier(row[0], Modifier.Position.valueOf(row[1].trim().toUpperCase().replace('-', '_')),
                    row[2].trim().equals("yes"), row[3].trim().equals("-") ? null : row[3].trim());
            byPosition.get(m.position()).put(m.surface(), m);
        }
        byPosition.forEach((p, m) -> lists.put(p, new WordList(m.keySet())));
    }

    /** Words ending in a modifier's character that are words of their own (签约, 附近). */
    private final WordList wordTails = new WordList(ModelFile.lines("numbers/modifier-word-tails.txt"));

    /**
     * The longest modifier of this position ending at {@code end}, not before {@code floor}; or null.
     * A modifier that is the tail of a longer word (签约|12个, 附近|3公里) is none.
     */
    public Modifier endingAt(Modifier.Position p, CharSequence text, int end, int floor) {
        int len = lists.get(p).longestEndingAt(text, end, floor);
        if (len == 0 || wordTails.longestEndingAt(text, end, Math.max(0, end - 4)) > len) return null;
        return byPosition.get(p).get(text.subSequence(end - len, end).toString());
    }

    /** The longest modifier of this position starting at {@code start}; or null. */
    public Modifier startingAt(Modifier.Position p, CharSequence text, int start) {
        int len = lists.get(p).longestStartingAt(text, start);
        return len == 0 ? null : byPosition.get(p).get(text.subSequence(start, start + len).toString());
    }
}
