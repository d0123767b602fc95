package io.xunlu.extract.amount;

import java.math.BigDecimal;

/** A row of models/numbers/units.tsv: the surface after a numeral and what it makes of it. */
record Unit(String surface, String kind, String symbol, BigDecimal factor, Condition condition) {
    /** When the unit may be read as such; see the data file's header. */
    enum Condition { ALWAYS, CUE, ADJACENT, TENTH, MORE, PREFIX, STANDALONE, DISCOUNT, ELECTRIC }

    boolean isAscii() { return surface.chars().allMatch(c -> c < 128); }
}
