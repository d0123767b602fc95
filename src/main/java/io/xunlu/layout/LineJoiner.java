package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs paragraphs broken by column gaps in PDF text: a body line that stops without closing
 * punctuation continues on the next body line ("总投资16." + "5亿元", "常务副市" + "长韩立新"),
 * and a name-sized fragment standing alone before a body line begins it ("钟雪" + "岚表示"). Each
 * repair is reported as a warning. Consecutive title lines with no blank line between them form
 * one title group (a headline set over two lines).
 */
final class LineJoiner {
    private static final int FRAGMENT_MAX = 4;
    private static final int SHORT_TITLE_LINE = 12;

    private final PageLayout layout;
    private final String text;

    LineJoiner(PageLayout layout, String text) {
        this.layout = layout;
        this.text = text;
    }

    List<Paragraph> join(List<PageLayout.Line> lines, List<LayoutWarning> warnings) {
        List<Paragraph> out = new ArrayList<>();
        PageLayout.Line fragment = null;
        for (int i = 0; i < lines.size(); i++) {
            PageLayout.Line line = lines.get(i);
            LocalSpan span = new LocalSpan(line.start(), line.end());
            Paragraph prev = out.isEmpty() ? null : out.get(out.size() - 1);
            switch (line.kind()) {
                case TITLE -> {
                    if (prev != null && prev.kind == PageLayout.Kind.TITLE && line.gap() == 0
                            && !line.boldWhole() && !prev.boldWhole && continuesTitle(lines.get(i - 1), line)) {
                        prev.pieces.add(span);
                    } else if (isFragment(line) && prev != null && prev.kind == PageLayout.Kind.BODY
                            && i + 1 < lines.size() && continuesBody(lines.get(i + 1))) {
                        fragment = line;
                    } else if (prev != null && prev.kind == PageLayout.Kind.BODY && isOpen(prev) && !line.boldWhole()
                            && line.gap() <= 1 && continuesTitleLike(line)) {
                        // a sentence broken mid-way goes on, however short or title-like the next piece
                        prev.pieces.add(span);
                        warnings.add(joined(line.start()));
                    } else {
                        out.add(new Paragraph(PageLayout.Kind.TITLE, span, line.credits(), line.boldWhole(), line.gap()));
                    }
                }
                case BODY -> {
                    if (fragment != null) {
                        Paragraph p = new Paragraph(PageLayout.Kind.BODY, new LocalSpan(fragment.start(), fragment.end()), List.of(), false, fragment.gap());
                        p.pieces.add(span);
                        out.add(p);
                        warnings.add(joined(line.start()));
                        fragment = null;
                    } else if (prev != null && prev.kind == PageLayout.Kind.BODY && isOpen(prev) && continuesBody(line)) {
                        prev.pieces.add(span);
                        warnings.add(joined(line.start()));
                    } else {
                        out.add(new Paragraph(PageLayout.Kind.BODY, span, List.of(), false, line.gap()));
                    }
                }
                default -> {
                    if (fragment != null) {
                        out.add(new Paragraph(PageLayout.Kind.TITLE, new LocalSpan(fragment.start(), fragment.end()), List.of(), false, fragment.gap()));
                        fragment = null;
                    }
                    out.add(new Paragraph(line.kind(), span, line.credits(), false, line.gap()));
                }
            }
        }
        if (fragment != null) out.add(new Paragraph(PageLayout.Kind.TITLE, new LocalSpan(fragment.start(), fragment.end()), List.of(), false, fragment.gap()));
        return out;
    }

    /**
     * A title line goes on in the next line when a hard break joins them, or when both are too
     * short to stand alone (恒远电驱新能源汽车 / 电机项目投产); a full headline followed by a line is
     * a headline and its deck.
     */
    private boolean continuesTitle(PageLayout.Line before, PageLayout.Line line) {
        if (before.hardBreak()) return true;
        return text.codePointCount(before.start(), before.end()) <= SHORT_TITLE_LINE
                && text.codePointCount(line.start(), line.end()) <= SHORT_TITLE_LINE;
    }

    private static LayoutWarning joined(int at) {
        return new LayoutWarning("layout.joined_line", "joined a paragraph broken across a column gap", at);
    }

    /** A title-like line that may continue a broken sentence: no dateline or bold title opens it. */
    private boolean continuesTitleLike(PageLayout.Line line) {
        return layout.datelines().match(text, line.start(), line.end()).isEmpty()
                && layout.inlineTitle(text, line.start(), line.end()) == null;
    }

    /** A body line that may continue the previous paragraph: it opens no new item. */
    private boolean continuesBody(PageLayout.Line line) {
        if (line.kind() != PageLayout.Kind.BODY) return false;
        if (layout.datelines().match(text, line.start(), line.end()).isPresent()) return false;
        return layout.inlineTitle(text, line.start(), line.end()) == null;
    }

    private boolean isFragment(PageLayout.Line line) {
        int len = text.codePointCount(line.start(), line.end());
        if (len > FRAGMENT_MAX) return false;
        for (int k = line.start(); k < line.end(); k++) if (!BylineParser.isNameChar(text.charAt(k))) return false;
        return true;
    }

    /** The paragraph stops mid-sentence: no closing punctuation and no credit at its end. */
    private boolean isOpen(Paragraph p) {
        char last = text.charAt(p.end() - 1);
        // a colon ends a label or a lead-in (本期发布:, 会议要求:); what follows starts a line of its own
        if ("。！？!?”」』)）…】:：".indexOf(last) >= 0) return false;
        return layout.trailingCredit(text, p.last().start(), p.end()) == null;
    }
}
