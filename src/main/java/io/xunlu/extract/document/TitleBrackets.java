package io.xunlu.extract.document;

import io.xunlu.extract.LocalSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the text between 《 and 》 in one left-to-right pass, one level of nesting kept: in
 * 《国务院关于落实《政府工作报告》重点工作的意见》 both the inner and the outer title are found. A
 * third 《 opened inside two restarts from the inner one, and a title longer than {@link #MAX_TITLE}
 * characters is given up, so 10,000 nested or never-closed 《 cost linear time and yield nothing
 * absurd.
 */
public final class TitleBrackets {
    /** Longer than any real document title, short enough that a stray 《 cannot swallow a page. */
    public static final int MAX_TITLE = 120;

    private TitleBrackets() {}

    /** Spans of the title text (brackets excluded), in order of their start; an outer title contains its inner one. */
    public static List<LocalSpan> find(String text) {
        List<LocalSpan> titles = new ArrayList<>();
        int outer = -1, open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (outer >= 0 && i - outer > MAX_TITLE) outer = -1;
            if (c == '《') {
                // a second 《 nests in the first; a third one drops the outermost
                if (open >= 0 && i - open <= MAX_TITLE) outer = open;
                open = i;
            } else if (open >= 0 && i - open > MAX_TITLE) {
                open = -1;
                outer = -1;
            } else if (c == '》' && open >= 0) {
                if (i > open + 1) titles.add(new LocalSpan(open + 1, i));
                open = outer;
                outer = -1;
            }
        }
        titles.sort(Comparator.comparingInt(LocalSpan::start));
        return titles;
    }
}
