package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph after line repair: its kind, its pieces (the lines it was glued from; for a title,
 * the lines of one title group) and, for a credit line, the credits.
 */
final class Paragraph {
    final PageLayout.Kind kind;
    final List<LocalSpan> pieces = new ArrayList<>();
    final List<BylineParser.Credit> credits;
    final boolean boldWhole;
    /** Blank lines before the paragraph's first line. */
    final int gap;

    Paragraph(PageLayout.Kind kind, LocalSpan first, List<BylineParser.Credit> credits, boolean boldWhole, int gap) {
        this.gap = gap;
        this.kind = kind;
        this.credits = credits;
        this.boldWhole = boldWhole;
        pieces.add(first);
    }

    int start() { return pieces.get(0).start(); }

    int end() { return pieces.get(pieces.size() - 1).end(); }

    LocalSpan last() { return pieces.get(pieces.size() - 1); }
}
