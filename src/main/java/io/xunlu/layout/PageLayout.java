package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a page into items (articles, photo captions, briefs) and gives each its headline, decks,
 * dateline, bylines and repaired paragraphs.
 *
 * <p>It reads the page line by line: each line is page furniture (page header, section label,
 * jump line, index entry), a credit line, a title line (short, no sentence punctuation) or body
 * text. Broken body lines are joined by {@link LineJoiner}. Items are closed by credits (记者X at the
 * end), by a new title after body text, by a new dateline or by a section label. The title lines
 * before an item's body are its headline and decks: with three groups or more the first is a
 * kicker (引题), the second the headline (主题), the rest decks (副题); with fewer the first is the
 * headline.
 */
public final class PageLayout {
    public record Result(List<LayoutItem> items, List<LayoutWarning> warnings) {}

    enum Kind { SKIP, SECTION, ENDMARK, CREDIT, TITLE, BODY }

    /** A trimmed line of the page, classified. */
    record Line(int start, int end, int gap, Kind kind, List<BylineParser.Credit> credits,
                boolean boldWhole, boolean hardBreak) {
        Line withHardBreak(boolean b) { return new Line(start, end, gap, kind, credits, boldWhole, b); }
    }

    private static final int TITLE_MAX = 40;
    private static final int HEADER_ZONE = 6;
    private static final int MAX_TRAILING_CREDIT = 40;

    private final BylineParser bylines;
    private final DatelineMatcher datelines;
    private final List<String> furniture;
    private final List<String> briefSections;
    private final List<String> adSections;

    public PageLayout() {
        bylines = new BylineParser();
        datelines = new DatelineMatcher();
        furniture = ModelFile.lines("layout/page-furniture.txt");
        briefSections = ModelFile.lines("layout/brief-sections.txt");
        adSections = ModelFile.lines("layout/ad-sections.txt");
    }

    public Result split(String text) {
        List<Line> lines = classify(text);
        List<LayoutWarning> warnings = new ArrayList<>();
        List<Paragraph> paragraphs = new LineJoiner(this, text).join(lines, warnings);
        List<LayoutItem> items = new ItemBuilder(this, text, typicalGap(lines), warnings).build(paragraphs);
        return new Result(items, warnings);
    }

    /**
     * The blank lines a page usually sets between paragraphs of one article (the most common gap
     * between two body lines); a wider gap separates items.
     */
    static int typicalGap(List<Line> lines) {
        int[] counts = new int[4];
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).kind() == Kind.BODY && lines.get(i - 1).kind() == Kind.BODY) {
                counts[Math.min(3, lines.get(i).gap())]++;
            }
        }
        int best = 1;
        for (int g = 0; g < 4; g++) if (counts[g] > counts[best]) best = g;
        return best;
    }

    boolean isAdSection(String label) {
        for (String w : adSections) if (label.contains(w)) return true;
        return false;
    }

    // ---------------------------------------------------------------- line classification

    List<Line> classify(String text) {
        List<Line> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int blanks = 0;
        int nonEmpty = 0;
        while (i <= n) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) nl = n;
            int s = i;
            int e = nl;
            while (s < e && isSpace(text.charAt(s))) s++;
            while (e > s && isSpace(text.charAt(e - 1))) e--;
            if (s == e) {
                blanks++;
            } else {
                // a markdown hard break (two trailing spaces) keeps a title's lines together
                out.add(classifyLine(text, s, e, blanks, nonEmpty).withHardBreak(nl - e >= 2 && text.startsWith("  ", e)));
                nonEmpty++;
                blanks = 0;
            }
            i = nl + 1;
        }
        return out;
    }

    private Line classifyLine(String text, int s, int e, int gap, int index) {
        String t = text.substring(s, e);
        boolean boldWhole = t.length() > 4 && t.startsWith("**") && t.endsWith("**") && t.indexOf("**", 2) == t.length() - 2;
        String bare = t.replace("*", "").strip();
        int len = bare.codePointCount(0, bare.length());
        // a line of bold marks only (****) is empty once they are removed: decoration, and every rule below reads a character
        if (bare.isEmpty()) return new Line(s, e, gap, Kind.SKIP, List.of(), false, false);
        if (index < HEADER_ZONE && isPageHeader(bare)) return new Line(s, e, gap, Kind.SKIP, List.of(), false, false);
        if (isJumpLine(bare) || isIndexEntry(bare) || isWebFurniture(bare)) {
            return new Line(s, e, gap, Kind.SKIP, editorCredits(text, s, e), false, false);
        }
        if (len <= 12 && (startsWithSectionMark(bare) || (bare.startsWith("【") && bare.endsWith("】")))) return new Line(s, e, gap, Kind.SECTION, List.of(), false, false);
        if (len <= 8 && bare.endsWith("评论员")) return new Line(s, e, gap, Kind.ENDMARK, List.of(), false, false);
        Optional<List<BylineParser.Credit>> credits = bylines.parse(text, s, e);
        if (credits.isPresent()) return new Line(s, e, gap, Kind.CREDIT, credits.get(), false, false);
        Kind kind = isBodyLike(text, s, e, bare, len) ? Kind.BODY : Kind.TITLE;
        return new Line(s, e, gap, kind, List.of(), boldWhole, false);
    }

    private boolean isBodyLike(String text, int s, int e, String bare, int len) {
        if (len > TITLE_MAX) return true;
        if (count(bare, ',', '，') >= 2 || bare.endsWith(".") || !balanced(bare)) return true;
        for (int k = 0; k < bare.length(); k++) {
            char c = bare.charAt(k);
            if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == ';' || c == '；') return true;
        }
        char last = bare.charAt(bare.length() - 1);
        if (last == ',' || last == '，' || last == '、' || last == ':' || last == '：') return true;
        if (datelines.match(text, s, e).isPresent()) return true;
        return inlineTitle(text, s, e) != null;
    }

    /** "**某区新增3所公办小学** 本报讯 …": a bold title leading a paragraph of body text. */
    LocalSpan inlineTitle(String text, int s, int e) {
        if (!text.startsWith("**", s)) return null;
        int close = -1;
        for (int k = s + 2; k + 1 < Math.min(e, s + 4 + TITLE_MAX); k++) {
            if (text.charAt(k) == '*' && text.charAt(k + 1) == '*') {
                close = k;
                break;
            }
        }
        if (close < 0 || close >= e - 2) return null;
        int after = close + 2;
        while (after < e && isSpace(text.charAt(after))) after++;
        if (after >= e) return null;
        if (datelines.match(text, s, close).isPresent()) return null; // **本报讯** is a dateline
        return new LocalSpan(s + 2, close);
    }

    private static int count(String s, char a, char b) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) if (s.charAt(k) == a || s.charAt(k) == b) n++;
        return n;
    }

    /** Headlines close what they open; a line with an open 《 or “ was cut from a paragraph. */
    private static boolean balanced(String s) {
        return count(s, '《', '《') == count(s, '》', '》') && count(s, '“', '“') == count(s, '”', '”')
                && count(s, '(', '（') == count(s, ')', '）');
    }

    /** Breadcrumbs, source/views meta lines and disclaimers of pages copied from the web. */
    private boolean isWebFurniture(String bare) {
        if (bare.length() > 80) return false;
        for (String w : furniture) if (w.length() >= 3 && bare.contains(w)) return true;
        return false;
    }

    /** 责任编辑:上官青 inside a meta line still credits the editor. */
    private List<BylineParser.Credit> editorCredits(String text, int s, int e) {
        for (String w : List.of("责任编辑", "编辑", "责编")) {
            int k = text.indexOf(w, s);
            if (k >= 0 && k < e) {
                Optional<List<BylineParser.Credit>> c = bylines.parse(text, k, e);
                if (c.isPresent()) return c.get();
            }
        }
        return List.of();
    }

    private boolean isPageHeader(String bare) {
        if (bare.contains("星期")) return true;
        if (bare.length() <= 14 && endsWithPageCode(bare)) return true;
        if (containsPageNumber(bare)) return true;
        for (String w : furniture) if (bare.startsWith(w) && bare.length() <= 12) return true;
        return false;
    }

    /** 要闻 A1, 第A02版, 第8版. */
    private static boolean endsWithPageCode(String s) {
        int i = s.length() - 1;
        int digits = 0;
        while (i >= 0 && Character.isDigit(s.charAt(i))) {
            i--;
            digits++;
        }
        return digits >= 1 && digits <= 2 && i >= 0 && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z'
                && (i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '第');
    }

    private static boolean containsPageNumber(String s) {
        int i = s.indexOf('第');
        while (i >= 0) {
            int j = i + 1;
            if (j < s.length() && s.charAt(j) >= 'A' && s.charAt(j) <= 'Z') j++;
            int d = j;
            while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
            if (j > d && j < s.length() && s.charAt(j) == '版') return true;
            i = s.indexOf('第', i + 1);
        }
        return false;
    }

    private static boolean isJumpLine(String bare) {
        return bare.length() <= 14 && (bare.startsWith("(") || bare.startsWith("（"))
                && (bare.contains("上接") || bare.contains("下转") || bare.contains("转第") || bare.contains("接第"));
    }

    /** Table-of-contents rows: 市委常委会召开会议 …… A2. */
    private static boolean isIndexEntry(String bare) {
        int dots = bare.indexOf("……");
        if (dots < 0) dots = bare.indexOf("...");
        if (dots < 0) return bare.equals("今日导读") || bare.equals("本版导读");
        String tail = bare.substring(dots).replace("…", "").replace(".", "").strip();
        return tail.length() <= 5;
    }

    private static boolean startsWithSectionMark(String bare) {
        char c = bare.charAt(0);
        return c == '■' || c == '◆' || c == '▲' || c == '★' || c == '●' || c == '▶' || c == '◎';
    }

    static boolean isSpace(char c) { return c == ' ' || c == '\u3000' || c == '\t' || c == '\u00A0'; }

    // ---------------------------------------------------------------- helpers for the other stages

    BylineParser bylines() { return bylines; }

    DatelineMatcher datelines() { return datelines; }

    boolean isBriefSection(String label) {
        for (String w : briefSections) if (label.contains(w)) return true;
        return false;
    }

    /**
     * Credits at the end of a paragraph: "…体系。记者马兰", "…开放。(记者高原)", "…记者田野 摄".
     * Returns the credits and the offset where the body text ends, or null.
     */
    TrailingCredit trailingCredit(String text, int s, int e) {
        char last = text.charAt(e - 1);
        if (last == ')' || last == '）') {
            int open = -1;
            for (int k = e - 2; k >= Math.max(s, e - MAX_TRAILING_CREDIT); k--) {
                if (text.charAt(k) == '(' || text.charAt(k) == '（') {
                    open = k;
                    break;
                }
            }
            if (open >= s) {
                Optional<List<BylineParser.Credit>> c = bylines.parse(text, open + 1, e - 1);
                if (c.isPresent()) return new TrailingCredit(c.get(), open);
            }
        }
        int from = Math.max(s, e - MAX_TRAILING_CREDIT);
        for (int k = e - 1; k >= from; k--) {
            char c = text.charAt(k);
            if (c == '。' || c == '！' || c == '？' || c == '”' || c == '!' || c == '?' || c == '」') {
                if (k + 1 >= e) return null;
                int bodyEnd = k + 1;
                Optional<List<BylineParser.Credit>> cr = bylines.parse(text, bodyEnd, e);
                return cr.map(credits -> new TrailingCredit(credits, bodyEnd)).orElse(null);
            }
        }
        return null;
    }

    record TrailingCredit(List<BylineParser.Credit> credits, int bodyEnd) {}
}
