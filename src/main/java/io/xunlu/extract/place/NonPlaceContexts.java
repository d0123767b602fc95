package io.xunlu.extract.place;

import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.List;

/**
 * Where a place name is only part of a longer name: a set phrase (中国特色社会主义, from
 * models/places/not-place-phrases.txt) or an event counted by its edition (第五届某某博览会, 2017某地·第九届…,
 * 第23个中国记者节). Immutable, thread-safe.
 */
final class NonPlaceContexts {
    private static final int ORDINAL_REACH = 8;
    private static final String NUMERALS = "0123456789一二三四五六七八九十百零〇两";

    private final List<String> phrases = ModelFile.lines("places/not-place-phrases.txt").stream().map(String::strip).toList();

    /** The candidate at s is no place of its own. */
    boolean excludes(String text, LocalSpan s) {
        for (String p : phrases) if (text.startsWith(p, s.start())) return true;
        return afterEdition(text, s.start()) || beforeEdition(text, s.end());
    }

    /** 第22届某地…交易会: an edition number just before the name makes it part of an event's name. */
    private static boolean afterEdition(String text, int start) {
        int k = start - 1;
        while (k >= 0 && start - k <= ORDINAL_REACH && (text.charAt(k) == '·' || text.charAt(k) == ' ')) k--;
        if (k < 1 || "届个次".indexOf(text.charAt(k)) < 0) return false;
        int d = k - 1;
        while (d >= 0 && NUMERALS.indexOf(text.charAt(d)) >= 0) d--;
        return d < k - 1 && (text.charAt(k) == '届' || d >= 0 && text.charAt(d) == '第');
    }

    /** 某地·第九届水晶博览会: the edition follows the name after a middle dot. */
    private static boolean beforeEdition(String text, int end) {
        int k = end;
        if (k < text.length() && text.charAt(k) == '·') k++;
        if (k == end || k >= text.length() || text.charAt(k) != '第') return false;
        int d = k + 1;
        while (d < text.length() && NUMERALS.indexOf(text.charAt(d)) >= 0) d++;
        return d > k + 1 && d < text.length() && text.charAt(d) == '届';
    }
}
