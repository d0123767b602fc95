package io.xunlu.extract.amount;

import io.xunlu.models.ModelFile;
import io.xunlu.extract.number.WordList;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The units of models/numbers/units.tsv with longest-match lookups: units that follow a numeral
 * (亿元, 万千瓦, %) and those that precede it (百分之, 人民币, $). A surface may be both (人民币).
 * Immutable.
 */
final class UnitTable {
    private final Map<String, Unit> after = new HashMap<>();
    private final Map<String, Unit> before = new HashMap<>();
    private final WordList afterWords;
    private final WordList beforeWords;

    UnitTable() {
        for (String[] row : ModelFile.rows("numbers/units.tsv", 5)) {
            Unit u = new Unit(row[0], row[1], row[2], new BigDecimal(row[3]), Unit.Condition.valueOf(row[4].trim().toUpperCase()));
            (u.condition() == Unit.Condition.PREFIX ? before : after).put(u.surface(), u);
        }
        afterWords = new WordList(after.keySet());
        beforeWords = new WordList(before.keySet());
    }

    /** The longest unit that may follow a numeral, starting at {@code start}; or null. */
    Unit at(CharSequence text, int start) {
        int len = afterWords.longestStartingAt(text, start);
        if (len == 0) return null;
        Unit u = after.get(text.subSequence(start, start + len).toString());
        int end = start + len;
        // 5GWx is not 5 GW: an ASCII unit must not run on into more Latin letters or digits (5m3)
        if (u.isAscii() && end < text.length() && text.charAt(end) < 128 && Character.isLetterOrDigit(text.charAt(end))
                && !(u.surface().equals("m") && text.charAt(end) == '2')) return null;
        return u;
    }

    /** The longest unit written before its numeral (百分之, 人民币), starting at {@code start}; or null. */
    Unit prefixAt(CharSequence text, int start) {
        int len = beforeWords.longestStartingAt(text, start);
        return len == 0 ? null : before.get(text.subSequence(start, start + len).toString());
    }

    /** The longest prefix unit ending at {@code end}, not before {@code floor}; or null. */
    Unit prefixEndingAt(CharSequence text, int end, int floor) {
        int len = beforeWords.longestEndingAt(text, end, floor);
        return len == 0 ? null : before.get(text.subSequence(end - len, end).toString());
    }
}
