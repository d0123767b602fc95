package io.xunlu.extract.document;

import io.xunlu.extract.LocalSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the text between 《 and 》 in one left-to-right pass. A 《 opened inside another one restarts
 * the title (the innermost wins), and a title longer than {@link #MAX_TITLE} characters is given up,
 * so 10,000 nested or never-closed 《 cost linear time and yield nothing absurd.
 */
public final class TitleBrackets {
    /** Longer than any real document title, short enough that a stray 《 cannot swallow a page. */
    public static final int MAX_TITLE = 120;

    private TitleBrackets() {}

    /** Spans of the title text (brackets excluded), in text order, disjoint. */
    public static List<LocalSpan> find(String text) {
        List<LocalSpan> titles = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') {
                open = i;
            } else if (open >= 0 && i - open > MAX_TITLE) {
                open = -1;
            } else if (c == '》' && open >= 0) {
                if (i > open + 1) titles.add(new LocalSpan(open + 1, i));
                open = -1;
            }
        }
        return titles;
    }
}
