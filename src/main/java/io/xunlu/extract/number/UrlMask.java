package io.xunlu.extract.number;

/**
 * Web addresses quoted in text (http://…?q=30%25): their digits and percent signs are not figures.
 * Marks them in a mask shared with {@link BookTitles}; one pass, no regular expressions.
 */
public final class UrlMask {
    private UrlMask() {}

    /** Sets mask[i] for every character of an address starting with http://, https:// or www. */
    public static void apply(CharSequence text, boolean[] mask) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (startsAddress(text, i)) {
                int j = i;
                while (j < n && text.charAt(j) > ' ' && text.charAt(j) < 128) mask[j++] = true;
                i = j;
            } else {
                i++;
            }
        }
    }

    private static boolean startsAddress(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c != 'h' && c != 'w') return false;
        return regionIs(text, i, "http://") || regionIs(text, i, "https://") || regionIs(text, i, "www.");
    }

    private static boolean regionIs(CharSequence text, int i, String word) {
        if (i + word.length() > text.length()) return false;
        for (int k = 0; k < word.length(); k++) if (text.charAt(i + k) != word.charAt(k)) return false;
        return true;
    }
}
