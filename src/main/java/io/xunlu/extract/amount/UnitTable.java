package io.xunlu.extract.amount;

import io.xunlu.models.ModelFile;
import io.xunlu.extract.number.WordList;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The units of models/numbers/units.tsv with longest-match lookups: units that follow a numeral
 * (亿元, 万千瓦, %) and the few that precede it (百分之). Immutable.
 */
final class UnitTable {
    private final Map<String, Unit> bySurface = new HashMap<>();
    private final WordList after;
    private final WordList before;

    UnitTable() {
        for (String[] row : ModelFile.rows("numbers/units.tsv", 5)) {
            bySurface.put(row[0], new Unit(row[0], row[1], row[2], new BigDecimal(row[3]),
                    Unit.Condition.valueOf(row[4].trim().toUpperCase())));
        }
        after = new WordList(bySurface.values().stream()
                .filter(u -> u.condition() != Unit.Condition.PREFIX).map(Unit::surface).toList());
        before = new WordList(bySurface.values().stream()
                .filter(u -> u.condition() == Unit.Condition.PREFIX).map(Unit::surface).toList());
    }

    /** The longest unit that may follow a numeral, starting at {@code start}; or null. */
    Unit at(CharSequence text, int start) {
        int len = after.longestStartingAt(text, start);
        if (len == 0) return null;
        Unit u = bySurface.get(text.subSequence(start, start + len).toString());
        int end = start + len;
        // 5GWx is not 5 GW: an ASCII unit must not run on into more Latin letters
        if (u.isAscii() && end < text.length() && text.charAt(end) < 128 && Character.isLetter(text.charAt(end))) return null;
        return u;
    }

    /** The longest unit written before its numeral (百分之), starting at {@code start}; or null. */
    Unit prefixAt(CharSequence text, int start) {
        int len = before.longestStartingAt(text, start);
        return len == 0 ? null : bySurface.get(text.subSequence(start, start + len).toString());
    }
}
