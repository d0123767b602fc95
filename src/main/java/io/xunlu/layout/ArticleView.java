package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import io.xunlu.text.MappedText;
import java.util.List;

/**
 * The text extractors read for one item: headline, each deck and each repaired paragraph on a line
 * of its own, bold marks removed, every unit still mapped to the source. The headline's lines are
 * joined without a break (a headline set over two lines is one phrase).
 */
public final class ArticleView {
    private ArticleView() {}

    public static MappedText of(MappedText page, LayoutItem item) {
        MappedText.Builder b = new MappedText.Builder(item.end() - item.start() + 16);
        for (LocalSpan line : item.headlineLines()) appendClean(b, page, line);
        if (!item.headlineLines().isEmpty()) b.appendSynthetic('\n');
        for (LocalSpan deck : item.subheadlines()) {
            appendClean(b, page, deck);
            b.appendSynthetic('\n');
        }
        for (List<LocalSpan> para : item.paragraphs()) {
            for (LocalSpan piece : para) appendClean(b, page, piece);
            b.appendSynthetic('\n');
        }
        return b.build();
    }

    /** Copies a piece without its markdown bold marks (**). */
    private static void appendClean(MappedText.Builder b, MappedText page, LocalSpan s) {
        String t = page.text();
        int i = s.start();
        while (i < s.end()) {
            if (t.charAt(i) == '*' && i + 1 < s.end() && t.charAt(i + 1) == '*') {
                i += 2;
                continue;
            }
            b.append(page, i);
            i++;
        }
    }
}
