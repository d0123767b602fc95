package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import java.util.List;

/**
 * One item of a page as the layout stage sees it. Spans are in the coordinates of the folded page
 * text the layout was given; paragraphs are lists of line pieces that the line joiner glued back
 * together (a sentence broken across a column gap is one paragraph of two pieces).
 */
public record LayoutItem(String kind, List<LocalSpan> headlineLines, List<LocalSpan> subheadlines,
                         LocalSpan dateline, List<BylineParser.Credit> bylines,
                         List<List<LocalSpan>> paragraphs, int start, int end) {
    public boolean hasBody() { return !paragraphs.isEmpty(); }
}
