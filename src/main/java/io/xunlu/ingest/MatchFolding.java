package io.xunlu.ingest;

import com.hankcs.hanlp.HanLP;
import io.xunlu.text.MappedText;

/**
 * The text extractors match on: full-width ASCII folded to ASCII, odd spaces to a space, invisible
 * marks (zero-width joiners, bidi marks, BOMs, NULs, carriage returns) removed, and Traditional
 * characters folded to Simplified when the text is Traditional, and the pinyin readings some reprint
 * sites put after characters removed ({@link ReadingGlosses}). Every step keeps one unit per source
 * unit or deletes units, so spans still land on the original characters.
 */
public final class MatchFolding {
    private MatchFolding() {}

    public static MappedText fold(String source) {
        MappedText t = MappedText.identity(source);
        t = t.deleteWhere(i -> isInvisible(source.charAt(i)));
        t = t.mapChars(MatchFolding::foldWidth);
        boolean[] glosses = ReadingGlosses.find(t.text());
        if (glosses != null) t = t.deleteWhere(i -> glosses[i]);
        if (looksTraditional(t.text())) t = toSimplified(t);
        return t;
    }

    static boolean isInvisible(char c) {
        return c == '\u0000' || c == '\r' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E'
                || c == '\u200F' || c == '\u2060' || c == '\uFEFF' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u00AD';
    }

    static int foldWidth(int c) {
        if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
        if (c == 0x3000 || c == 0x00A0 || c == 0x2002 || c == 0x2003 || c == 0x2009 || c == '\t') return ' ';
        if (c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C || c == 0x85) return '\n';
        if (c < 0x20 && c != '\n') return ' ';
        return c;
    }

    /** Traditional when at least 2% of the ideographs change under HanLP's t2s table. */
    private static boolean looksTraditional(String s) {
        int sample = Math.min(s.length(), 800); // a few lines tell a Traditional page; HanLP t2s is costly
        String head = s.substring(0, sample);
        if (sample > 0 && Character.isHighSurrogate(head.charAt(sample - 1))) head = head.substring(0, sample - 1);
        String simp = HanLP.convertToSimplifiedChinese(head);
        if (simp.length() != head.length()) return true;
        int cjk = 0;
        int changed = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                cjk++;
                if (simp.charAt(i) != c) changed++;
            }
        }
        return cjk > 0 && changed * 50 >= cjk;
    }

    /** One unit for one unit: where HanLP's phrase table would change the length, fold char by char. */
    private static MappedText toSimplified(MappedText t) {
        String simp = HanLP.convertToSimplifiedChinese(t.text());
        if (simp.length() == t.length()) return t.withText(simp);
        return t.mapChars(c -> {
            if (c < 0x4E00 || c > 0x9FFF) return c;
            String one = HanLP.convertToSimplifiedChinese(String.valueOf((char) c));
            return one.length() == 1 ? one.charAt(0) : c;
        });
    }
}
