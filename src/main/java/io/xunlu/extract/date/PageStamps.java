package io.xunlu.extract.date;

import io.xunlu.extract.ArticleText;
import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Dates an item carries outside its text: the dateline's (新华社天津2月14日电) and the publication
 * stamp line of a web page (发布时间:2023-04-05 09:12 来源:本网), which layout keeps out of the
 * body. Spans are in the coordinates of the page text. Immutable and thread-safe.
 */
public final class PageStamps {
    /**
     * What layout made of one item, in page coordinates: its reach, its dateline (or null), and the
     * pieces of the page its text was built from (headline, decks, paragraphs).
     */
    public record Reach(int start, int end, LocalSpan dateline, List<LocalSpan> text) {}

    /** A full calendar day, with or without a clock time: what a stamp always carries. */
    private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");

    private final DateExtractor dates;
    private final DateLexicon lex = DateLexicon.get();
    private final List<String> cues = new ArrayList<>();
    private final List<String> mastheads = new ArrayList<>();

    public PageStamps(DateExtractor dates) {
        this.dates = dates;
        for (String[] r : ModelFile.rows("dates/stamp-words.tsv", 2)) (r[0].equals("cue") ? cues : mastheads).add(r[1]);
    }

    /**
     * For each item, in order: the dates of its dateline, and of the stamp lines that stand after
     * the previous item and before its end (a stamp line comes before the body it dates, or right
     * under the headline). Lines after the last item are furniture of the page, not stamps.
     */
    public List<List<DateFinding>> find(String page, List<Reach> items, LocalDate published) {
        List<LocalSpan> covered = new ArrayList<>();
        for (Reach r : items) {
            covered.addAll(r.text());
            if (r.dateline() != null) covered.add(r.dateline());
        }
        covered.sort(Comparator.comparingInt(LocalSpan::start));
        List<List<DateFinding>> out = new ArrayList<>();
        int from = 0, next = 0;
        for (Reach r : items) {
            List<DateFinding> found = new ArrayList<>();
            for (int ls = from; ls < r.end() && ls < page.length(); ) {
                int le = page.indexOf('\n', ls);
                if (le < 0) le = page.length();
                // lines only move forward and the pieces are disjoint: one pointer keeps this linear
                while (next < covered.size() && covered.get(next).end() <= ls) next++;
                boolean inText = next < covered.size() && covered.get(next).start() < le;
                if (!inText) found.addAll(stamps(page, ls, le, published));
                ls = le + 1;
            }
            if (r.dateline() != null) found.addAll(shifted(page, r.dateline().start(), r.dateline().end(), published));
            found.sort(Comparator.comparingInt(f -> f.span().start()));
            out.add(List.copyOf(found));
            from = Math.max(from, lineStartAfter(page, r.end()));
        }
        return out;
    }

    private List<DateFinding> stamps(String page, int ls, int le, LocalDate published) {
        String line = lex.matchingView(page.substring(ls, le));
        if (mastheads.stream().anyMatch(line::contains)) return List.of();
        boolean cued = cues.stream().anyMatch(line::contains);
        List<DateFinding> out = new ArrayList<>();
        for (DateFinding f : shifted(page, ls, le, published)) {
            if (f.value() == null || !FULL_DAY.matcher(f.value()).matches()) continue;
            if (cued || f.value().contains("T")) out.add(f);
        }
        return out;
    }

    /** The dates of page[start, end), their spans moved to page coordinates. */
    private List<DateFinding> shifted(String page, int start, int end, LocalDate published) {
        List<DateFinding> out = new ArrayList<>();
        for (DateFinding f : dates.extract(new ArticleText(page.substring(start, end), List.of(), published)))
            out.add(new DateFinding(new LocalSpan(f.span().start() + start, f.span().end() + start), f.kind(), f.value(), f.rule()));
        return out;
    }

    private static int lineStartAfter(String page, int at) {
        if (at <= 0) return 0;
        int nl = page.indexOf('\n', at - 1);
        return nl < 0 ? page.length() : nl + 1;
    }
}
