package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import java.util.List;

/**
 * What comes next on the page, for the decisions of {@link ItemBuilder} that depend on it: whether
 * plain body text of the same item follows a title or a run of captions, whether a body paragraph
 * opens an item of its own (a dateline, a bold inline title, a bullet), whether it is a photo
 * caption, and the shapes of numbered section heads, bullets and photo titles. It looks at most
 * {@value #LOOKAHEAD} paragraphs ahead, which keeps long hostile pages linear.
 */
final class Lookahead {
    private static final int LOOKAHEAD = 24;
    private static final int PHOTO_TITLE_MIN = 6;
    private static final int PHOTO_TITLE_MAX = 30;

    private final PageLayout layout;
    private final String text;
    private final List<Paragraph> paragraphs;

    Lookahead(PageLayout layout, String text, List<Paragraph> paragraphs) {
        this.layout = layout;
        this.text = text;
        this.paragraphs = paragraphs;
    }

    /** A numbered section head (一、总体要求, (二)工作措施, 3. 保障措施): a part of the item, never an item's headline. */
    boolean numbered(Paragraph p) {
        int s = p.start();
        int e = Math.min(p.end(), s + 6);
        int k = s;
        if (k < e && (text.charAt(k) == '(' || text.charAt(k) == '（')) k++;
        int digits = k;
        while (k < e && ("一二三四五六七八九十".indexOf(text.charAt(k)) >= 0 || Character.isDigit(text.charAt(k)))) k++;
        return k > digits && k < e && "、.)）".indexOf(text.charAt(k)) >= 0;
    }

    /**
     * The next paragraph with text after the titles and captions from i on is plain body text of the
     * same item (not a photo caption, which a title over it heads as a photo of its own).
     */
    boolean continuesItem(int i) {
        Paragraph q = nextContent(i, false);
        return q != null && q.kind == PageLayout.Kind.BODY && !opensItem(q) && !isPhotoCaption(q);
    }

    /**
     * After i come credit lines or the page's tail, with only furniture between: not the end of the
     * input, where a name may be a word cut off, nor a meta line, which stands under a headline.
     */
    boolean creditsFollow(int i) {
        for (int j = i + 1; j < paragraphs.size() && j <= i + LOOKAHEAD; j++) {
            switch (paragraphs.get(j).kind) {
                case SKIP -> { continue; }
                case CREDIT, TAIL -> { return true; }
                default -> { return false; }
            }
        }
        return false;
    }

    /** After the captions from i on comes plain body text of the same item (the photos stand inside it). */
    boolean textFollows(int i) {
        Paragraph q = nextContent(i, true);
        return q != null && q.kind == PageLayout.Kind.BODY && !opensItem(q);
    }

    /** A body paragraph that opens an item of its own: a dateline, a bold inline title or a bullet. */
    boolean opensItem(Paragraph q) {
        return layout.datelines().match(text, q.start(), q.pieces.get(0).end()).isPresent()
                || layout.inlineTitle(text, q.start(), q.pieces.get(0).end()) != null || bullet(q) != 0;
    }

    /**
     * The first paragraph after i that is not furniture, a title or a caption (with captions also
     * the body paragraphs that are photo captions when skipPhotos), or null.
     */
    Paragraph nextContent(int i, boolean skipPhotos) {
        for (int j = i + 1; j < paragraphs.size() && j <= i + LOOKAHEAD; j++) {
            Paragraph q = paragraphs.get(j);
            switch (q.kind) {
                case SKIP, META, TITLE, CAPTION -> { continue; }
                case BODY -> {
                    if (skipPhotos && isPhotoCaption(q)) continue;
                    return q;
                }
                default -> { return q; }
            }
        }
        return null;
    }

    boolean isPhotoCaption(Paragraph q) {
        LocalSpan last = q.last();
        PageLayout.TrailingCredit tc = layout.trailingCredit(text, last.start(), last.end());
        return tc != null && tc.photo();
    }

    /**
     * A photo news item that opens with its title and a space (某某盛会开幕 第五届…在某地举办。…某某 摄):
     * the phrase before the first space, when it has no punctuation and the length of a title.
     */
    LocalSpan photoTitle(LocalSpan piece) {
        int s = DatelineMatcher.skipMarks(text, piece.start(), piece.end());
        int sp = s;
        while (sp < piece.end() && sp - s <= PHOTO_TITLE_MAX && text.charAt(sp) != ' ') sp++;
        if (sp >= piece.end() || sp - s < PHOTO_TITLE_MIN || sp - s > PHOTO_TITLE_MAX) return null;
        for (int k = s; k < sp; k++) if ("。，,、；;：:！!？?（(）)".indexOf(text.charAt(k)) >= 0) return null;
        return new LocalSpan(s, sp);
    }

    /** Captions on top of an article (after its headline, or opening the page) belong to the article below them. */
    boolean leadsArticle(int i) {
        Paragraph q = nextContent(i, true);
        return q != null && q.kind == PageLayout.Kind.BODY && layout.inlineTitle(text, q.start(), q.pieces.get(0).end()) == null;
    }

    /** The bullet (● ◆ ■ ▲ ★) a body paragraph opens with, or 0. */
    char bullet(Paragraph p) {
        char c = text.charAt(p.start());
        return "●◆■▲★▶◎".indexOf(c) >= 0 ? c : 0;
    }

    /** The paragraph before (step -1) or after (step 1) i, past furniture, opens with the same bullet. */
    boolean sameBullet(int i, int step, char mark) {
        for (int j = i + step; j >= 0 && j < paragraphs.size() && Math.abs(j - i) <= LOOKAHEAD; j += step) {
            Paragraph q = paragraphs.get(j);
            if (q.kind == PageLayout.Kind.SKIP || q.kind == PageLayout.Kind.META) continue;
            return q.kind == PageLayout.Kind.BODY && bullet(q) == mark;
        }
        return false;
    }
}
