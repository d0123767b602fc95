package io.xunlu.extract.number;

/** Which characters stand inside 《…》: figures in a document title are part of the title. */
public final class BookTitles {
    private BookTitles() {}

    /** mask[i] is true when text[i] is inside a book title; an unclosed 《 ends at the line break. */
    public static boolean[] mask(CharSequence text) {
        boolean[] inside = new boolean[text.length() + 1];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') depth++;
            else if (c == '》' && depth > 0) depth--;
            else if (c == '\n') depth = 0;
            inside[i] = depth > 0;
        }
        return inside;
    }
}
