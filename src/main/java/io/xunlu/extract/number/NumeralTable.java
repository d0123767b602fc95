package io.xunlu.extract.number;

import io.xunlu.models.ModelFile;
import io.xunlu.text.CharMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The numeral characters of models/numbers/numerals.tsv (digits, financial digits, scales 十百千万亿
 * with their traditional forms) and the non-number words of models/numbers/not-numbers.txt.
 * Loaded once; immutable and safe to share.
 */
public final class NumeralTable {
    /** Role of a numeral character. */
    public enum Role { DIGIT, FORMAL_DIGIT, SCALE, TENS }

    private static final NumeralTable DEFAULT = new NumeralTable();

    private final CharMap<Integer> values;
    private final CharMap<Role> roles;
    private final WordList notNumbers;

    private NumeralTable() {
        Map<Character, Integer> values = new HashMap<>();
        Map<Character, Role> roles = new HashMap<>();
        for (String[] row : ModelFile.rows("numbers/numerals.tsv", 3)) {
            if (row[0].length() != 1) throw new IllegalStateException("numeral must be one char: " + row[0]);
            char c = row[0].charAt(0);
            values.put(c, Integer.parseInt(row[1]));
            roles.put(c, Role.valueOf(row[2].toUpperCase().replace('-', '_')));
        }
        this.values = new CharMap<>(values);
        this.roles = new CharMap<>(roles);
        notNumbers = new WordList(ModelFile.lines("numbers/not-numbers.txt"));
    }

    public static NumeralTable get() { return DEFAULT; }

    public boolean isNumeral(char c) { return roles.containsKey(c); }

    /** Null when c is not a numeral character. */
    public Role role(char c) { return roles.get(c); }

    /** Digit value (0–9), scale (10, 100, 1000, 10^4, 10^8) or tens (廿 = 20). */
    public int value(char c) { return values.get(c); }

    public boolean isScale(char c) { return roles.get(c) == Role.SCALE; }

    public boolean isDigit(char c) {
        Role r = roles.get(c);
        return r == Role.DIGIT || r == Role.FORMAL_DIGIT;
    }

    /** True when a listed non-number word (四川, 一些, 数百 …) covers position i of text. */
    public boolean insideNotNumber(CharSequence text, int i) {
        return notNumbers.covers(text, i);
    }
}
