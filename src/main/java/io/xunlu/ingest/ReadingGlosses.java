package io.xunlu.ingest;

/**
 * Finds the pinyin readings that some reprint sites put after characters (發(fā)展, 項(xiàng)目): a
 * parenthesis right after a Han character holding one syllable of Latin letters with a tone mark.
 * The folded text drops them so a word reads whole again (發展, 本報訊, 責任編輯); spans still cover
 * them in the source. A tone mark is required, so 产值(GDP) or 附件(a) stay.
 */
public final class ReadingGlosses {
    /** The longest syllable (zhuàng, shuāng) and a little room. */
    private static final int MAX_SYLLABLE = 7;
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

    private ReadingGlosses() {}

    /** For each unit of text, whether it belongs to a reading gloss; null when the text has none. */
    static boolean[] find(String text) {
        boolean[] drop = null;
        int n = text.length();
        for (int i = 1; i < n; i++) {
            if (text.charAt(i) != '(' || !isHan(text.charAt(i - 1))) continue;
            int close = syllableEnd(text, i + 1);
            if (close < 0) continue;
            if (drop == null) drop = new boolean[n];
            for (int k = i; k <= close; k++) drop[k] = true;
            i = close;
        }
        return drop;
    }

    /**
     * Whether text[start, end) is one whole reading gloss ((fā)): output that rebuilds a name from
     * the units it covers puts the glosses the folding dropped back, so names read as the page wrote them.
     */
    public static boolean isGloss(CharSequence text, int start, int end) {
        return end - start >= 3 && text.charAt(start) == '(' && syllableEnd(text, start + 1) == end - 1;
    }

    /** The index of the ")" closing a toned syllable that starts at from, or -1. */
    private static int syllableEnd(CharSequence text, int from) {
        boolean toned = false;
        int k = from;
        int limit = Math.min(text.length(), from + MAX_SYLLABLE + 1);
        while (k < limit) {
            char c = text.charAt(k);
            if (c == ')') return toned && k > from ? k : -1;
            if (TONED.indexOf(c) >= 0) toned = true;
            else if (!(c >= 'a' && c <= 'z') && c != 'ü') return -1;
            k++;
        }
        return -1;
    }

    private static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || Character.isLowSurrogate(c);
    }
}
