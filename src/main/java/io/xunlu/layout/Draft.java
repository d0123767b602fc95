package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import java.util.ArrayList;
import java.util.List;

/** An item being read by {@link ItemBuilder}. */
final class Draft {
    static final int BODY = 0;
    static final int CAPTION = 1;
    static final int ASIDE = 2;

    final List<Paragraph> titles = new ArrayList<>();
    final List<BylineParser.Credit> credits = new ArrayList<>();
    final List<List<LocalSpan>> paragraphs = new ArrayList<>();
    HeadlinePicker.Pick pick = new HeadlinePicker.Pick(List.of(), List.of());
    LocalSpan inlineTitle;
    LocalSpan dateline;
    boolean brief;
    boolean ad;
    /** Paragraphs of running text, and of photo captions (a paragraph credited to a photographer only). */
    int bodyParagraphs;
    int captions;
    int start = Integer.MAX_VALUE;
    int end;
    LayoutItem built;
    /** The built item's place in the page's list of items. */
    int index = -1;

    void cover(int s, int e) {
        start = Math.min(start, s);
        end = Math.max(end, e);
    }

    boolean hasParagraphs() { return !paragraphs.isEmpty(); }
}
