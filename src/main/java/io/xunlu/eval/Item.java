package io.xunlu.eval;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One scored thing, gold or produced, reduced to what matching looks at.
 *
 * @param key     the folded string items match on (a name, a title, kind|unit, a measure word)
 * @param sub     a second string for pair fields (the title of a name-title pair), else ""
 * @param value   the number for amounts and counts, else null
 * @param attrs   what accuracies compare once items are matched; an absent key means "not
 *                annotated, do not judge", "" means "none" (bound null, approximate false …)
 * @param label   how the item reads in an error list
 * @param context where the produced JSON says it came from ("约60亿元" @512-517), or the gold text
 */
record Item(String key, String sub, BigDecimal value, Map<String, String> attrs, String label, String context) {
    static Item named(String key, Map<String, String> attrs, String context) {
        return new Item(key, "", null, attrs, TextFold.preview(key), context);
    }
}
