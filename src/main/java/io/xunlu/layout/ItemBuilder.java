package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Groups repaired paragraphs into items: a state machine over titles, credits, section labels,
 * meta lines and body paragraphs (see {@link PageLayout} for the cues).
 *
 * <p>An item closes at credits ending it (记者X at the end), at a new dateline, a bold inline
 * title, a section label or a bullet brief, and at a title after its body — unless that title is
 * an intertitle: a title followed by plain body text (no dateline of its own, no photo caption) is
 * a subheading or caption inside the item on a web page (a meta line or breadcrumb above the first
 * body), in an item that opened with a dateline, or when it is bold, numbered (一、…) or as short
 * as a subheading under a headline; a title repeating the headline (an image's alt text) is passed
 * over. Photo captions (paragraphs credited to a photographer only) stay inside an
 * article when running text of the article follows them, and join the article they stand on top
 * of when they open a page or follow its headline. Nothing after the related-links or footer part
 * of a web page is an item.
 */
final class ItemBuilder {
    /** At most this many title and body lines make a lone input: a pasted headline or sentence. */
    private static final int LONE_INPUT_LINES = 3;
    /** A paragraph cut off by the end of the input is still text when it is this long. */
    private static final int CUT_OFF_MIN = 20;
    private static final int SUBHEAD_MAX = 10;

    private final PageLayout layout;
    private final String text;
    private final List<LayoutWarning> warnings;
    private final HeadlinePicker picker;
    private final ItemFinisher finisher;
    private final List<LayoutItem> items = new ArrayList<>();
    private final List<Paragraph> pendingTitles = new ArrayList<>();
    private final List<Integer> barriers = new ArrayList<>();
    private final List<BylineParser.Credit> pendingCredits = new ArrayList<>();
    private final List<Paragraph> pendingAsides = new ArrayList<>();
    private Lookahead ahead;
    private Draft cur;
    private Draft lastClosed;
    private boolean briefSection;
    private boolean adSection;
    private int contentLines;
    private Draft unsentenced;
    /** The page's article text is over: what follows is related links, comments or the footer. */
    private boolean tail;
    /** A breadcrumb or meta line stood above the first body text: a web page of one article. */
    private boolean webPage;
    private boolean bodySeen;
    /** Where the page's last non-blank character ends. */
    private final int textEnd;

    ItemBuilder(PageLayout layout, String text, List<LayoutWarning> warnings) {
        this.layout = layout;
        this.text = text;
        int e = text.length();
        while (e > 0 && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '\u3000')) e--;
        this.textEnd = e;
        this.warnings = warnings;
        this.picker = new HeadlinePicker(layout.web());
        this.finisher = new ItemFinisher(text);
    }

    List<LayoutItem> build(List<Paragraph> paragraphs) {
        this.ahead = new Lookahead(layout, text, paragraphs);
        int i = 0;
        for (; i < paragraphs.size() && !tail; i++) {
            Paragraph p = paragraphs.get(i);
            if ((p.kind == PageLayout.Kind.TITLE || p.kind == PageLayout.Kind.BODY) && !adSection) contentLines++;
            switch (p.kind) {
                case SKIP -> {
                    if (!p.credits.isEmpty()) editorCredits(p.credits);
                }
                case CRUMB -> {
                    if (!bodySeen) {
                        webPage = true;
                        pendingTitles.clear(); // the title-like lines above a breadcrumb are the site's navigation
                        barriers.clear();
                        pendingAsides.clear();
                    }
                }
                case META -> {
                    if (!bodySeen) webPage = true;
                    meta(p);
                    if (!p.credits.isEmpty()) editorCredits(p.credits);
                }
                case TAIL -> {
                    if (bodySeen) {
                        close();
                        tail = true;
                    }
                }
                case SECTION -> {
                    close();
                    pendingTitles.clear();
                    barriers.clear();
                    pendingCredits.clear();
                    pendingAsides.clear();
                    String label = text.substring(p.start(), p.end());
                    briefSection = layout.isBriefSection(label);
                    adSection = layout.isAdSection(label);
                }
                case ENDMARK -> close();
                case CREDIT -> credit(p);
                case ORIGINAL -> original(p);
                case CAPTION -> caption(p);
                case TITLE -> title(p, i);
                case BODY -> body(p, i);
            }
        }
        close();
        if (tail) creditsPastTail(paragraphs, i);
        if (items.isEmpty()) guessLoneItem();
        return items;
    }

    /**
     * Credit lines a page sets after its footer or related-links head (往期精选 / 来源:某所 / 文字:张三 /
     * 编辑:李四) still credit the article: they are read up to the first line of other text.
     */
    private void creditsPastTail(List<Paragraph> paragraphs, int from) {
        if (lastClosed == null) return;
        for (int i = from; i < paragraphs.size() && i < from + PAST_TAIL; i++) {
            Paragraph p = paragraphs.get(i);
            switch (p.kind) {
                case CREDIT, META, SKIP, TAIL -> {
                    if (p.credits.isEmpty()) continue;
                    lastClosed.credits.addAll(p.credits);
                    rebuild(lastClosed);
                }
                default -> { return; }
            }
        }
    }

    /** How many lines after the tail's start may still hold the article's credits. */
    private static final int PAST_TAIL = 8;

    /**
     * A headline alone, or a lead pasted without its final stop, has no sentence under a headline
     * for the rules above, yet its facts are what the user asked for: a short input with no item
     * becomes one item, and a warning says the layout guessed. Longer inputs without a sentence
     * (index pages, weather boxes) stay without items.
     */
    private void guessLoneItem() {
        if (contentLines == 0 || contentLines > LONE_INPUT_LINES) return;
        Draft d = unsentenced;
        if (d == null && !pendingTitles.isEmpty() && !adSection) {
            open();
            d = cur;
            cur = null;
        }
        if (d == null) return;
        rebuild(d);
        d.index = items.size();
        items.add(d.built);
        warnings.add(new LayoutWarning("layout.guessed_item",
                "no headline over a body sentence: the whole input is taken as one item", d.start));
    }

    /**
     * A meta line stays in the text of its item (its source and time are facts of the item) without
     * being a title; above the body it marks where the headline stands.
     */
    private void meta(Paragraph p) {
        if (cur != null && cur.hasParagraphs()) {
            addParagraph(p.pieces, Draft.ASIDE);
        } else if (cur == null && lastClosed != null && pendingTitles.isEmpty() && pendingAsides.isEmpty() && bodySeen) {
            lastClosed.paragraphs.add(List.copyOf(p.pieces));
            lastClosed.cover(p.start(), p.end());
            rebuild(lastClosed);
        } else {
            barriers.add(titleCount());
            pendingAsides.add(p);
        }
    }

    private int titleCount() {
        int n = 0;
        for (Paragraph t : pendingTitles) if (t.kind == PageLayout.Kind.TITLE) n++;
        return n;
    }

    private void credit(Paragraph p) {
        if (cur != null && cur.hasParagraphs()) {
            cur.credits.addAll(p.credits);
            cur.cover(p.start(), p.end());
            close();
        } else if (cur == null && lastClosed != null && pendingAsides.isEmpty() && onlyFields(pendingTitles)) {
            // more credit lines after the article (撰稿:某某 / 图片:某某 / 编辑:某某), past fields that credit no person (文稿:某办)
            lastClosed.credits.addAll(p.credits);
            pendingTitles.clear();
            rebuild(lastClosed);
        } else {
            if (cur == null) pendingCredits.addAll(p.credits);
            else cur.credits.addAll(p.credits);
        }
    }

    /** Title-like lines that are all short labelled fields (文稿:某办, 统筹:某部): credit lines naming no person. */
    private boolean onlyFields(List<Paragraph> titles) {
        for (Paragraph t : titles) {
            if (t.pieces.size() > 1 || t.end() - t.start() > FIELD_MAX) return false;
            int colon = LineClassifier.indexIn(text, ":", t.start(), t.end());
            if (colon < 0) colon = LineClassifier.indexIn(text, "：", t.start(), t.end());
            if (colon - t.start() < 2 || colon - t.start() > 4) return false;
        }
        return true;
    }

    private static final int FIELD_MAX = 14;

    /** 责任编辑 and 校对 from a meta or editor line: they credit the item around them. */
    private void editorCredits(List<BylineParser.Credit> credits) {
        if (cur != null) cur.credits.addAll(credits);
        else if (lastClosed != null && pendingTitles.isEmpty()) {
            lastClosed.credits.addAll(credits);
            rebuild(lastClosed);
        } else pendingCredits.addAll(credits);
    }

    /** A caption in parentheses: an aside of the item it stands in (or above), its photographer credited there. */
    private void caption(Paragraph p) {
        if (cur != null && cur.hasParagraphs()) {
            addParagraph(p.pieces, Draft.ASIDE);
            cur.credits.addAll(p.credits);
        } else if (cur == null && !bodySeen) {
            pendingAsides.add(p);
            pendingCredits.addAll(p.credits);
        }
    }

    /** 原标题:… above the body is a title line; after an article it only repeats the old headline. */
    private void original(Paragraph p) {
        if ((cur != null && cur.hasParagraphs()) || (cur == null && lastClosed != null && pendingTitles.isEmpty())) return;
        pendingTitles.add(p);
    }

    private void title(Paragraph p, int i) {
        Draft article = cur != null && cur.bodyParagraphs > 0 ? cur
                : cur == null && lastClosed != null && pendingTitles.isEmpty() && pendingAsides.isEmpty() ? lastClosed : null;
        if (article != null && p.pieces.size() == 1 && onlyNameChars(p) && ahead.creditsFollow(i)) {
            // a name alone under the last paragraph or credit, before the credit lines or the footer: the writer's
            Optional<List<BylineParser.Credit>> writer = layout.bylines().parse(text, p.start(), p.end(), true);
            if (writer.isPresent() && writer.get().size() == 1) {
                article.credits.addAll(writer.get());
                if (article == lastClosed) rebuild(lastClosed);
                return;
            }
        }
        if (cur != null && cur.hasParagraphs()) {
            if (!cur.pick.headline().isEmpty() && picker.cleaned(text, p).equals(HeadlinePicker.compact(text, cur.pick.headline()))) {
                return; // the headline again, over a photo: its alt text
            }
            boolean marked = p.boldWhole || ahead.numbered(p) || (isShort(p) && !cur.pick.headline().isEmpty());
            boolean headless = cur.pick.headline().isEmpty() && cur.inlineTitle == null && cur.bodyParagraphs >= 2;
            if ((marked || webPage || cur.dateline != null || headless) && ahead.continuesItem(i)) {
                addParagraph(p.pieces, Draft.ASIDE);
                return;
            }
            close();
        }
        if (cur == null && !pendingTitles.isEmpty() && p.pieces.size() == 1) {
            // 张三 李四 on a line of its own under the headline: its writers, named without a role word;
            // one name alone may be a place tag or a short deck (东城, 高质量)
            Optional<List<BylineParser.Credit>> writers = layout.bylines().parse(text, p.start(), p.end(), true);
            if (writers.isPresent() && writers.get().size() >= 2) {
                pendingCredits.addAll(writers.get());
                return;
            }
        }
        pendingTitles.add(p);
        pendingCredits.addAll(p.credits);
    }

    private boolean onlyNameChars(Paragraph p) {
        for (int k = p.start(); k < p.end(); k++) if (!BylineParser.isNameChar(text.charAt(k))) return false;
        return true;
    }

    /** A subheading's length: shorter than the headlines of the items a page sets one under another. */
    private boolean isShort(Paragraph p) {
        String c = picker.cleaned(text, p);
        return c.codePointCount(0, c.length()) <= SUBHEAD_MAX;
    }

    private void body(Paragraph p, int i) {
        if (!bodySeen && !hasSentence(p.pieces) && text.charAt(p.end() - 1) == ':') return; // 本期发布: a form's label
        int s = p.start();
        LocalSpan firstPiece = p.pieces.get(0);
        LocalSpan inline = layout.inlineTitle(text, s, firstPiece.end());
        int bodyStart = s;
        if (inline != null) bodyStart = DatelineMatcher.skipMarks(text, inline.end() + 2, firstPiece.end());
        Optional<LocalSpan> dl = layout.datelines().match(text, bodyStart, firstPiece.end());
        char mark = ahead.bullet(p);
        boolean bulletBrief = mark != 0 && (ahead.sameBullet(i, -1, mark) || ahead.sameBullet(i, 1, mark));
        LocalSpan lastPiece = p.last();
        PageLayout.TrailingCredit tc = layout.trailingCredit(text, lastPiece.start(), lastPiece.end());
        boolean photo = tc != null && tc.photo();
        boolean captionInside = photo && cur != null && cur.bodyParagraphs > 0 && ahead.textFollows(i);
        if (cur != null && cur.hasParagraphs()) {
            boolean onlyCaptions = cur.bodyParagraphs == 0 && cur.dateline == null;
            if (inline != null || bulletBrief || (dl.isPresent() && !onlyCaptions)
                    || (photo && cur.bodyParagraphs > 0 && !cur.credits.isEmpty() && !captionInside)) close();
        }
        if (cur == null && webPage && lastClosed != null && pendingTitles.isEmpty() && pendingAsides.isEmpty()
                && inline == null && dl.isEmpty() && !bulletBrief) {
            reopen(); // a web page holds one article: text after a credit in its middle goes on with it
        }
        if (cur == null) open();
        if (bulletBrief) {
            cur.brief = true;
            cur.pick = new HeadlinePicker.Pick(List.of(), List.of()); // the title over bullets labels the section
        }
        if (inline == null && photo && cur.titles.isEmpty() && !cur.hasParagraphs()) {
            inline = ahead.photoTitle(firstPiece);
            if (inline != null) bodyStart = DatelineMatcher.skipMarks(text, inline.end(), firstPiece.end());
        }
        if (inline != null) {
            cur.inlineTitle = inline;
            cur.cover(s, inline.end());
        }
        if (cur.dateline == null && cur.bodyParagraphs == 0 && dl.isPresent()) {
            cur.dateline = dl.get();
            bodyStart = DatelineMatcher.afterDateline(text, dl.get().end(), firstPiece.end());
            bodyStart = new OpeningCredits(layout.bylines(), text).read(cur.credits, bodyStart, firstPiece.end());
        } else if (cur.dateline == null && cur.bodyParagraphs == 0 && inline == null) {
            bodyStart = undatedCredits(bodyStart, firstPiece.end());
        }
        List<LocalSpan> pieces = new ArrayList<>(p.pieces);
        pieces.set(0, new LocalSpan(bodyStart, pieces.get(0).end()));
        LocalSpan last = pieces.get(pieces.size() - 1);
        if (tc != null) {
            pieces.set(pieces.size() - 1, new LocalSpan(last.start(), Math.max(last.start(), tc.bodyEnd())));
            cur.credits.addAll(tc.credits());
        }
        cur.cover(p.start(), p.end());
        pieces.removeIf(x -> x.start() >= x.end());
        if (!pieces.isEmpty()) addParagraph(pieces, photo ? Draft.CAPTION : Draft.BODY);
        if (hasSentence(p.pieces)) bodySeen = true;
        boolean leads = photo && cur.bodyParagraphs == 0 && (!cur.titles.isEmpty() || lastClosed == null) && ahead.leadsArticle(i);
        if (tc != null && !captionInside && !leads) close();
    }

    /**
     * A lead that opens with its credits and no dateline (记者田野 通讯员高山报道:…): the credits count
     * when every name has its role word, since without a dateline a bare name may be anything
     * (某某社报道). Returns where the lead's text starts.
     */
    private int undatedCredits(int at, int end) {
        List<BylineParser.Credit> found = new ArrayList<>();
        int after = new OpeningCredits(layout.bylines(), text).read(found, at, end);
        if (after == at || found.isEmpty() || found.stream().anyMatch(BylineParser.Credit::generic)) return at;
        cur.credits.addAll(found);
        return after;
    }

    /** Adds a paragraph of running text (BODY), a photo caption (CAPTION) or a subheading or aside (ASIDE). */
    private void addParagraph(List<LocalSpan> pieces, int what) {
        cur.paragraphs.add(List.copyOf(pieces));
        if (what == Draft.CAPTION) cur.captions++;
        else if (what == Draft.BODY) cur.bodyParagraphs++;
        for (LocalSpan s : pieces) cur.cover(s.start(), s.end());
    }

    private void open() {
        cur = new Draft();
        cur.titles.addAll(pendingTitles);
        cur.pick = picker.pick(text, pendingTitles, barriers);
        cur.credits.addAll(pendingCredits);
        cur.brief = briefSection;
        cur.ad = adSection;
        for (Paragraph t : pendingTitles) cur.cover(t.start(), t.end());
        for (Paragraph a : pendingAsides) addParagraph(a.pieces, Draft.ASIDE);
        pendingTitles.clear();
        barriers.clear();
        pendingCredits.clear();
        pendingAsides.clear();
    }

    /** Takes the last closed item up again; closing it rebuilds it in its place. */
    private void reopen() {
        cur = lastClosed;
        cur.credits.addAll(pendingCredits);
        pendingCredits.clear();
    }

    private void close() {
        if (cur == null) return;
        Draft d = cur;
        cur = null;
        if (d.built != null) { // a reopened item
            rebuild(d);
            return;
        }
        if (d.ad) return;
        if (!hasSentence(d)) {
            if (unsentenced == null) unsentenced = d;
            return;
        }
        rebuild(d);
        d.index = items.size();
        items.add(d.built);
        lastClosed = d;
    }

    private void rebuild(Draft d) {
        LayoutItem item = finisher.finish(d);
        if (d.built != null) items.set(d.index, item);
        d.built = item;
    }

    /**
     * Index pages and weather boxes have title-like lines but no sentence. A page cut off in mid
     * sentence still ends in one: a paragraph of some length that runs to the end of the input.
     */
    private boolean hasSentence(Draft d) {
        for (List<LocalSpan> para : d.paragraphs) if (hasSentence(para)) return true;
        if (d.paragraphs.isEmpty()) return false;
        LocalSpan last = d.paragraphs.get(d.paragraphs.size() - 1).get(0);
        return d.bodyParagraphs > 0 && last.length() >= CUT_OFF_MIN && last.end() >= textEnd;
    }

    /** A stop, or a comma in a run long enough to be a clause (a lead cut off before its stop). */
    private boolean hasSentence(List<LocalSpan> para) {
        for (LocalSpan s : para) {
            boolean comma = false;
            for (int k = s.start(); k < s.end(); k++) {
                char c = text.charAt(k);
                if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') return true;
                if (c == ',' || c == '，') comma = true;
            }
            if (comma && s.length() >= 20) return true;
        }
        return false;
    }
}
