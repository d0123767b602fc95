package io.xunlu.bench;

import java.util.List;
import java.util.Random;

/**
 * Shapes of hostile text that grow to any size: the inputs a damaged archive file or a pasted form
 * can be made of, each aimed at one kind of matcher (digit runs at the number scanners, 、 runs at
 * list joining, unclosed 《 at the title-bracket matchers, …). The text is the same for the same
 * size, so runs compare.
 */
public enum HostileShape {
    DIGITS("one line of digits", "9"),
    ENUMERATION_COMMAS("、 repeated", "、"),
    OPEN_BOOK_TITLES("《 nested without end", "《"),
    NEWLINES("newlines only", "\n"),
    YI_CHAIN("亿亿亿 chains after a digit", "1亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿元,"),
    LONG_NUMBERS("500-digit numbers with units", "9".repeat(500) + "万元,"),
    TITLES_AND_NAMES("titles and rare-plane names without punctuation", "市长李\uD844\uDE3C副省长王\uD840\uDC0B书记"),
    INVISIBLE_MARKS("bidi marks and zero-width joiners inside names and numbers",
            "市长\u200F李\u200D明\u2066说,投资1\u200B2\u200D3亿元\u200E,"),
    RANDOM_NEWS_ALPHABET("random characters of the news alphabet", null);

    /** Characters the random shape draws from: digits, numerals, units, brackets, titles, invisible marks. */
    private static final int[] ALPHABET = ("0123456789一二三四五六七八九十百千万亿两〇零年月日号时元人个项家次%.,:、;。!?"
            + "《》〈〉()“”\"'-—~至到省市县区长书记主任副委员会局厅记者电讯报李王张陈刘\n \u3000"
            + "\u200B\u200D\u200E\u200F\u2066\u00AD\uFEFF\uD844\uDE3C\uD840\uDC0B").codePoints().toArray();

    private final String description;
    private final String unit;

    HostileShape(String description, String unit) {
        this.description = description;
        this.unit = unit;
    }

    public String description() { return description; }

    /** The shape at about {@code chars} UTF-16 units (never more, and never a split surrogate pair). */
    public String text(int chars) {
        if (this == OPEN_BOOK_TITLES) {
            // nested opens, then as many closes: 《《《…》》》 is the deepest nesting for its size
            return "《".repeat(chars / 2) + "》".repeat(chars - chars / 2);
        }
        StringBuilder b = new StringBuilder(chars + 2);
        if (unit != null) {
            while (b.length() + unit.length() <= chars) b.append(unit);
            return b.toString();
        }
        Random random = new Random(20240601L);
        while (b.length() < chars - 1) b.appendCodePoint(ALPHABET[random.nextInt(ALPHABET.length)]);
        return b.toString();
    }

    public static List<HostileShape> all() { return List.of(values()); }
}
