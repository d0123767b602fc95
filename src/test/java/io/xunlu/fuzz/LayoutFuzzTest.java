package io.xunlu.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.xunlu.ingest.MatchFolding;
import io.xunlu.layout.ArticleView;
import io.xunlu.layout.LayoutItem;
import io.xunlu.layout.LayoutWarning;
import io.xunlu.layout.PageLayout;
import io.xunlu.text.MappedText;

/** PageLayout.split on any folded text: no exception, every span and item inside the page, views map back. */
class LayoutFuzzTest {
    private static final PageLayout LAYOUT = new PageLayout();

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void split(byte[] bytes) {
        String source = FuzzInput.text(bytes);
        MappedText folded = MatchFolding.fold(source);
        String page = folded.text();
        PageLayout.Result r = LAYOUT.split(page);
        SpanCheck.assertSpansInside(page, r.items());
        for (LayoutItem item : r.items()) {
            assertTrue(0 <= item.start() && item.start() <= item.end() && item.end() <= page.length(), item::toString);
            MappedText view = ArticleView.of(folded, item);
            for (int i = 0; i < view.length(); i++) {
                int s = view.sourceIndex(i);
                assertTrue(s == MappedText.SYNTHETIC || 0 <= s && s < source.length(), "view unit maps outside the source");
            }
        }
        for (LayoutWarning w : r.warnings()) assertTrue(0 <= w.at() && w.at() <= page.length(), w::toString);
        assertEquals(r, LAYOUT.split(page), "layout is not deterministic");
    }
}
