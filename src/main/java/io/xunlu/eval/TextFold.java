package io.xunlu.eval;

/**
 * The folding both sides of a comparison go through: full-width ASCII forms to ASCII (５Ｇ → 5G,
 * （ → (), the ideographic space to a space, whitespace runs to one space, ends trimmed. Gold is
 * written as the text reads, the engine may fold; scoring must not care which.
 */
final class TextFold {
    static final int PREVIEW = 60;

    private TextFold() {}

    static String fold(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            if (c == '\u3000' || Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) b.append(' ');
            space = false;
            b.append(c);
        }
        return b.toString();
    }

    /**
     * At most {@value #PREVIEW} characters of s, folded, with … where it was cut: for error lists,
     * which must stay short however long the engine's strings are.
     */
    static String preview(String s) {
        if (s == null) return "";
        if (s.length() <= PREVIEW) return fold(s);
        int end = PREVIEW;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--; // never split a surrogate pair
        return fold(s.substring(0, end)) + "…";
    }

    /** Folded and without any whitespace: for headline similarity, where line breaks are layout. */
    static String compact(String s) {
        String f = fold(s);
        return f.indexOf(' ') < 0 ? f : f.replace(" ", "");
    }
}
