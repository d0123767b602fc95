package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Groups repaired paragraphs into items: a state machine over titles, credits, section labels and
 * body paragraphs (see {@link PageLayout} for the cues), then decides each item's kind.
 */
final class ItemBuilder {
    private static final int MAX_TITLE_GROUPS = 3;
    private static final int BRIEF_MAX_CHARS = 300;
    private static final Set<String> EDITOR_ROLES = Set.of("编辑", "校对", "美编", "审核");
    /** At most this many title and body lines make a lone input: a pasted headline or sentence. */
    private static final int LONE_INPUT_LINES = 3;

    private final PageLayout layout;
    private final String text;
    private final List<LayoutItem> items = new ArrayList<>();
    private final List<Paragraph> pendingTitles = new ArrayList<>();
    private final List<BylineParser.Credit> pendingCredits = new ArrayList<>();
    private Draft cur;
    private Draft lastClosed;
    private boolean briefSection;
    private boolean adSection;
    private final int typicalGap;
    private final List<LayoutWarning> warnings;
    private int contentLines;
    private Draft unsentenced;

    ItemBuilder(PageLayout layout, String text, int typicalGap, List<LayoutWarning> warnings) {
        this.layout = layout;
        this.text = text;
        this.typicalGap = typicalGap;
        this.warnings = warnings;
    }

    /** An item being read. */
    private static final class Draft {
        final List<Paragraph> titles = new ArrayList<>();
        final List<BylineParser.Credit> credits = new ArrayList<>();
        final List<List<LocalSpan>> paragraphs = new ArrayList<>();
        LocalSpan inlineTitle;
        LocalSpan dateline;
        boolean brief;
        boolean ad;
        int start = Integer.MAX_VALUE;
        int end;
        LayoutItem built;

        void cover(int s, int e) {
            start = Math.min(start, s);
            end = Math.max(end, e);
        }
    }

    List<LayoutItem> build(List<Paragraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            Paragraph next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
            if ((p.kind == PageLayout.Kind.TITLE || p.kind == PageLayout.Kind.BODY) && !adSection) contentLines++;
            switch (p.kind) {
                case SKIP -> {
                    if (!p.credits.isEmpty()) editorCredits(p);
                }
                case SECTION -> {
                    close();
                    pendingTitles.clear();
                    pendingCredits.clear();
                    String label = text.substring(p.start(), p.end());
                    briefSection = layout.isBriefSection(label);
                    adSection = layout.isAdSection(label);
                }
                case ENDMARK -> close();
                case CREDIT -> credit(p);
                case TITLE -> title(p, next);
                case BODY -> body(p);
            }
        }
        close();
        if (items.isEmpty()) guessLoneItem();
        return items;
    }

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
        items.add(d.built);
        warnings.add(new LayoutWarning("layout.guessed_item",
                "no headline over a body sentence: the whole input is taken as one item", d.start));
    }

    private void credit(Paragraph p) {
        boolean editorsOnly = p.credits.stream().allMatch(c -> EDITOR_ROLES.contains(c.role()));
        if (cur != null && !cur.paragraphs.isEmpty()) {
            cur.credits.addAll(p.credits);
            cur.cover(p.start(), p.end());
            close();
        } else if (cur == null && editorsOnly && lastClosed != null && pendingTitles.isEmpty()) {
            lastClosed.credits.addAll(p.credits); // an editor line after the article (web pages)
            rebuild(lastClosed);
        } else {
            if (cur == null) pendingCredits.addAll(p.credits);
            else cur.credits.addAll(p.credits);
        }
    }

    /** 责任编辑 and 校对 from a meta or editor line: they credit the item around them. */
    private void editorCredits(Paragraph p) {
        if (cur != null) cur.credits.addAll(p.credits);
        else if (lastClosed != null && pendingTitles.isEmpty()) {
            lastClosed.credits.addAll(p.credits);
            rebuild(lastClosed);
        } else pendingCredits.addAll(p.credits);
    }

    private void title(Paragraph p, Paragraph next) {
        if (cur != null && !cur.paragraphs.isEmpty()) {
            boolean intertitle = p.boldWhole && next != null && next.kind == PageLayout.Kind.BODY
                    && layout.datelines().match(text, next.start(), next.end()).isEmpty()
                    && layout.inlineTitle(text, next.start(), next.end()) == null;
            if (intertitle) {
                cur.paragraphs.add(List.copyOf(p.pieces));
                cur.cover(p.start(), p.end());
                return;
            }
            close();
        }
        pendingTitles.add(p);
        if (pendingTitles.size() > MAX_TITLE_GROUPS) pendingTitles.remove(0);
    }

    private void body(Paragraph p) {
        int s = p.start();
        LocalSpan inline = layout.inlineTitle(text, s, p.pieces.get(0).end());
        int bodyStart = s;
        if (inline != null) bodyStart = skipMarks(inline.end() + 2, p.pieces.get(0).end());
        Optional<LocalSpan> dl = layout.datelines().match(text, bodyStart, p.pieces.get(0).end());
        LocalSpan lastPiece = p.pieces.get(p.pieces.size() - 1);
        PageLayout.TrailingCredit tc = layout.trailingCredit(text, lastPiece.start(), lastPiece.end());
        boolean captionAfterArticle = tc != null && cur != null && !cur.credits.isEmpty()
                && tc.credits().stream().anyMatch(c -> c.role().equals("摄影"));
        if (cur != null && !cur.paragraphs.isEmpty()
                && (inline != null || dl.isPresent() || p.gap > typicalGap || captionAfterArticle)) close();
        if (cur == null) open();
        if (inline != null) {
            cur.inlineTitle = inline;
            cur.cover(s, inline.end());
        }
        if (cur.paragraphs.isEmpty() && dl.isPresent()) {
            cur.dateline = dl.get();
            bodyStart = skipMarks(dl.get().end(), p.pieces.get(0).end());
            bodyStart = openingCredits(bodyStart, p.pieces.get(0).end());
        }
        List<LocalSpan> pieces = new ArrayList<>(p.pieces);
        pieces.set(0, new LocalSpan(bodyStart, pieces.get(0).end()));
        LocalSpan last = pieces.get(pieces.size() - 1);
        cur.cover(p.start(), p.end());
        if (tc != null) {
            pieces.set(pieces.size() - 1, new LocalSpan(last.start(), Math.max(last.start(), tc.bodyEnd())));
            cur.credits.addAll(tc.credits());
        }
        pieces.removeIf(x -> x.start() >= x.end());
        if (!pieces.isEmpty()) cur.paragraphs.add(pieces);
        if (tc != null) close();
    }

    /** (记者 田野 通讯员 高山) right after the dateline; returns where the body text starts. */
    private int openingCredits(int at, int end) {
        if (at >= end || (text.charAt(at) != '(' && text.charAt(at) != '（')) return at;
        int close = -1;
        for (int k = at + 1; k < Math.min(end, at + 60); k++) {
            char c = text.charAt(k);
            if (c == ')' || c == '）') {
                close = k;
                break;
            }
        }
        if (close < 0) return at;
        Optional<List<BylineParser.Credit>> credits = layout.bylines().parse(text, at + 1, close);
        if (credits.isEmpty()) return at;
        cur.credits.addAll(credits.get());
        return skipMarks(close + 1, end);
    }

    private int skipMarks(int i, int end) {
        return DatelineMatcher.skipMarks(text, i, end);
    }

    private void open() {
        cur = new Draft();
        cur.titles.addAll(pendingTitles);
        cur.credits.addAll(pendingCredits);
        cur.brief = briefSection;
        cur.ad = adSection;
        for (Paragraph t : pendingTitles) cur.cover(t.start(), t.end());
        pendingTitles.clear();
        pendingCredits.clear();
    }

    private void close() {
        if (cur == null) return;
        Draft d = cur;
        cur = null;
        if (d.ad) return;
        if (!hasSentence(d)) {
            if (unsentenced == null) unsentenced = d;
            return;
        }
        rebuild(d);
        items.add(d.built);
        lastClosed = d;
    }

    private void rebuild(Draft d) {
        List<LocalSpan> headline = new ArrayList<>();
        List<LocalSpan> decks = new ArrayList<>();
        if (d.inlineTitle != null) {
            headline.add(d.inlineTitle);
        } else if (d.titles.size() >= 3) {
            decks.addAll(d.titles.get(0).pieces);
            headline.addAll(d.titles.get(1).pieces);
            for (int k = 2; k < d.titles.size(); k++) decks.addAll(d.titles.get(k).pieces);
        } else if (!d.titles.isEmpty()) {
            headline.addAll(d.titles.get(0).pieces);
            for (int k = 1; k < d.titles.size(); k++) decks.addAll(d.titles.get(k).pieces);
        }
        headline.replaceAll(this::stripMarks);
        decks.replaceAll(this::stripMarks);
        String kind = kindOf(d, headline);
        LayoutItem item = new LayoutItem(kind, List.copyOf(headline), List.copyOf(decks), d.dateline,
                List.copyOf(d.credits), List.copyOf(d.paragraphs), d.start, d.end);
        if (d.built != null) items.set(items.indexOf(d.built), item);
        d.built = item;
    }

    private String kindOf(Draft d, List<LocalSpan> headline) {
        boolean photographer = d.credits.stream().anyMatch(c -> c.role().equals("摄影"));
        boolean anyCredit = d.credits.stream().anyMatch(c -> !EDITOR_ROLES.contains(c.role()));
        if (d.dateline == null && (photographer || (headline.isEmpty() && anyCredit && d.paragraphs.size() == 1))) {
            return "photo";
        }
        int chars = 0;
        for (List<LocalSpan> para : d.paragraphs) for (LocalSpan s : para) chars += s.length();
        if (d.inlineTitle != null || d.brief || (d.dateline != null && d.paragraphs.size() == 1 && chars < BRIEF_MAX_CHARS)) {
            return "brief";
        }
        return "article";
    }

    private LocalSpan stripMarks(LocalSpan s) {
        int a = s.start();
        int b = s.end();
        while (a < b && text.charAt(a) == '*') a++;
        while (b > a && text.charAt(b - 1) == '*') b--;
        return new LocalSpan(a, b);
    }

    /** Index pages and weather boxes have title-like lines but no sentence. */
    private boolean hasSentence(Draft d) {
        for (List<LocalSpan> para : d.paragraphs) {
            for (LocalSpan s : para) {
                boolean comma = false;
                for (int k = s.start(); k < s.end(); k++) {
                    char c = text.charAt(k);
                    if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') return true;
                    if (c == ',' || c == '，') comma = true;
                }
                if (comma && s.length() >= 30) return true;
            }
        }
        return false;
    }
}
