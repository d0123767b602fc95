package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses an item's headline and decks among the title lines above its body.
 *
 * <p>A web page puts its meta line (来源, 发布时间 …) right under the headline, so where meta lines
 * stand among the titles, the titles just above the last of them are the item's, and titles after
 * it are decks. Short lines (five characters or fewer), mastheads and page-title lines are passed
 * over while a real title is left. Of what remains (the last three at most): with three, the first
 * is a kicker (引题), the second the headline, the rest decks; with two, the first is the headline
 * unless it reads as a kicker (an exhortation, or 某某在某地调研时强调) and the second does not; a
 * lone original-title line (原标题:…) is the headline only when there is no other title.
 */
final class HeadlinePicker {
    record Pick(List<LocalSpan> headline, List<LocalSpan> decks) {}

    private static final int WEAK_MAX = 5;
    private static final int MAX_GROUPS = 3;

    private final TitleCleaner cleaner;
    private final WebFurniture web;
    private final List<String> kickerStarts = new ArrayList<>();
    private final List<String> kickerEnds = new ArrayList<>();

    HeadlinePicker(WebFurniture web) {
        this.web = web;
        for (String[] row : ModelFile.rows("layout/kicker-cues.tsv", 2)) {
            if (row[0].equals("start")) kickerStarts.add(row[1]);
            else if (row[0].equals("end")) kickerEnds.add(row[1]);
        }
        this.cleaner = new TitleCleaner(web, this::readsAsKicker);
    }

    /**
     * @param titles   the title groups above the body, in page order (original-title lines included)
     * @param barriers for each meta line among them, how many title groups stood before it
     */
    Pick pick(String text, List<Paragraph> titles, List<Integer> barriers) {
        List<Paragraph> proper = new ArrayList<>();
        List<Paragraph> originals = new ArrayList<>();
        for (Paragraph p : titles) (p.kind == PageLayout.Kind.ORIGINAL ? originals : proper).add(p);
        List<Paragraph> chosen = proper;
        List<Paragraph> after = List.of();
        if (!barriers.isEmpty()) {
            int last = barriers.get(barriers.size() - 1);
            int from = -1;
            int to = -1;
            for (int k = barriers.size() - 1; k >= 0 && from < 0; k--) {
                int end = barriers.get(k);
                int start = k > 0 ? barriers.get(k - 1) : 0;
                if (end > start) {
                    from = start;
                    to = end;
                }
            }
            if (from >= 0) {
                chosen = proper.subList(from, to);
                after = proper.subList(last, proper.size());
            } else {
                chosen = proper.subList(last, proper.size());
            }
        }
        if (!after.isEmpty() && noneStrong(text, chosen) && !noneStrong(text, after)) {
            // only tags above a date line (卷首 / 2024年07月07日): the headline stands under the date
            chosen = after;
            after = List.of();
        }
        chosen = afterLastTag(text, chosen);
        List<Paragraph> strong = new ArrayList<>();
        for (Paragraph p : chosen) if (!isWeak(text, p)) strong.add(p);
        if (strong.isEmpty()) strong.addAll(chosen);
        if (strong.size() > MAX_GROUPS) strong = strong.subList(strong.size() - MAX_GROUPS, strong.size());

        List<LocalSpan> headline = new ArrayList<>();
        List<LocalSpan> decks = new ArrayList<>();
        int h = 0;
        if (strong.size() >= 3) h = 1;
        else if (strong.size() == 2 && isKicker(text, strong.get(0)) && !isKicker(text, strong.get(1))) h = 1;
        for (int k = 0; k < strong.size(); k++) {
            if (k == h) for (LocalSpan s : strong.get(k).pieces) headline.add(cleaner.clean(text, s));
            else for (LocalSpan s : strong.get(k).pieces) decks.add(cleaner.trim(text, s));
        }
        for (Paragraph p : after) for (LocalSpan s : p.pieces) decks.add(cleaner.trim(text, s));
        if (headline.isEmpty() && !originals.isEmpty()) {
            for (LocalSpan s : originals.get(0).pieces) headline.add(cleaner.clean(text, s));
        } else {
            for (Paragraph p : originals) decks.addAll(p.pieces);
        }
        headline.removeIf(s -> s.start() >= s.end());
        String shown = compact(text, headline);
        decks.removeIf(s -> s.start() >= s.end() || WebFurniture.compact(s.of(text)).equals(shown));
        return new Pick(headline, decks);
    }

    /** The compact text of a headline, to compare with a line that repeats it. */
    static String compact(String text, List<LocalSpan> spans) {
        StringBuilder b = new StringBuilder();
        for (LocalSpan s : spans) b.append(WebFurniture.compact(s.of(text)));
        return b.toString();
    }

    /** Compact text of a title line as the cleaner would show it. */
    String cleaned(String text, Paragraph p) {
        StringBuilder b = new StringBuilder();
        for (LocalSpan s : p.pieces) b.append(WebFurniture.compact(cleaner.clean(text, s).of(text)));
        return b.toString();
    }

    private boolean noneStrong(String text, List<Paragraph> titles) {
        for (Paragraph p : titles) if (!isWeak(text, p)) return false;
        return true;
    }

    /**
     * A short tag between titles (a group title, 琼海, the item's title) separates a title over
     * several items from the item's own: the titles after the last such tag are the item's.
     */
    private List<Paragraph> afterLastTag(String text, List<Paragraph> titles) {
        int lastTag = -1;
        boolean strongBefore = false;
        for (int k = 0; k < titles.size(); k++) {
            boolean weak = isWeak(text, titles.get(k));
            if (weak && strongBefore) lastTag = k;
            strongBefore |= !weak;
        }
        if (lastTag < 0 || noneStrong(text, titles.subList(lastTag + 1, titles.size()))) return titles;
        return titles.subList(lastTag + 1, titles.size());
    }

    private boolean isWeak(String text, Paragraph p) {
        String c = cleaned(text, p);
        String raw = WebFurniture.compact(text.substring(p.start(), p.end()));
        return c.codePointCount(0, c.length()) <= WEAK_MAX || web.isMasthead(raw) || web.pageTitleEnd(raw) > 0;
    }

    private boolean isKicker(String text, Paragraph p) {
        return readsAsKicker(cleaned(text, p));
    }

    private boolean readsAsKicker(String c) {
        for (String w : kickerStarts) if (c.startsWith(w)) return true;
        for (String w : kickerEnds) if (c.endsWith(w)) return true;
        return false;
    }
}
