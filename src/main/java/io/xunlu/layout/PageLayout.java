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
 * <p>It reads the page line by line ({@link LineClassifier}): each line is page or web furniture,
 * a breadcrumb, a meta line, the start of what follows the article, a credit line, a title line
 * (short, no sentence punctuation) or body text. Broken body lines are joined by
 * {@link LineJoiner}; {@link ItemBuilder} groups the paragraphs into items and
 * {@link HeadlinePicker} chooses each item's headline among the title lines above its body.
 */
public final class PageLayout {
    public record Result(List<LayoutItem> items, List<LayoutWarning> warnings) {}

    enum Kind { SKIP, CRUMB, META, TAIL, SECTION, ENDMARK, CREDIT, ORIGINAL, CAPTION, TITLE, BODY }

    /** A trimmed line of the page, classified. */
    record Line(int start, int end, int gap, Kind kind, List<BylineParser.Credit> credits,
                boolean boldWhole, boolean hardBreak) {
        Line withHardBreak(boolean b) { return new Line(start, end, gap, kind, credits, boldWhole, b); }
    }

    private static final int TITLE_MAX = 40;
    private static final int MAX_TRAILING_CREDIT = 40;

    private final BylineParser bylines;
    private final DatelineMatcher datelines;
    private final LineClassifier classifier;
    private final List<String> briefSections;
    private final List<String> adSections;

    public PageLayout() {
        bylines = new BylineParser();
        datelines = new DatelineMatcher();
        classifier = new LineClassifier(this);
        briefSections = ModelFile.lines("layout/brief-sections.txt");
        adSections = ModelFile.lines("layout/ad-sections.txt");
    }

    public Result split(String text) {
        List<Line> lines = classifier.classify(text);
        List<LayoutWarning> warnings = new ArrayList<>();
        List<Paragraph> paragraphs = new LineJoiner(this, text).join(lines, warnings);
        List<LayoutItem> items = new ItemBuilder(this, text, warnings).build(paragraphs);
        return new Result(items, warnings);
    }

    List<Line> classify(String text) { return classifier.classify(text); }

    boolean isAdSection(String label) {
        for (String w : adSections) if (label.contains(w)) return true;
        return false;
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

    static boolean isSpace(char c) { return c == ' ' || c == '\u3000' || c == '\t' || c == '\u00A0'; }

    // ---------------------------------------------------------------- helpers for the other stages

    BylineParser bylines() { return bylines; }

    DatelineMatcher datelines() { return datelines; }

    WebFurniture web() { return classifier.web(); }

    boolean isBriefSection(String label) {
        for (String w : briefSections) if (label.contains(w)) return true;
        return false;
    }

    /**
     * Credits at the end of a paragraph: "…体系。记者马兰", "…开放。(记者高原)", "…记者田野 摄",
     * "…。(张三 李四)". A link or source note after them (…【详细】, (图片来源:某报)) is passed over.
     * Returns the credits and the offset where the body text ends, or null.
     */
    TrailingCredit trailingCredit(String text, int s, int e) {
        int noteEnd = e;
        e = beforeTrailingNote(text, s, e);
        if (e < noteEnd) { // (来源:某报 记者 张三): the source note names the writer
            List<BylineParser.Credit> named = bylines.labelled(text, e, noteEnd);
            if (!named.isEmpty()) return new TrailingCredit(named, e);
        }
        if (e <= s) return null;
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
                // names with no role word only in a parenthesis after a stop: 办法(修订) credits no one
                Optional<List<BylineParser.Credit>> c = bylines.parse(text, open + 1, e - 1, open > s && afterStop(text, s, open));
                if (c.isEmpty()) c = contributed(text, open + 1, e - 1);
                if (c.isEmpty() && open > s && afterStop(text, s, open)) c = officeWriter(text, open + 1, e - 1);
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
                if (cr.isEmpty() && suppliedPhoto(text, bodyEnd, e)) return new TrailingCredit(List.of(), bodyEnd, true);
                return cr.map(credits -> new TrailingCredit(credits, bodyEnd)).orElse(null);
            }
        }
        return null;
    }

    private static boolean afterStop(String text, int s, int at) {
        int k = at;
        while (k > s && isSpace(text.charAt(k - 1))) k--;
        return k > s && "。！？!?”」".indexOf(text.charAt(k - 1)) >= 0;
    }

    /** (某某局 张三供稿): the name before 供稿, after the body that contributed the copy. */
    private Optional<List<BylineParser.Credit>> contributed(String text, int s, int e) {
        if (e - s < 4 || !text.startsWith("供稿", e - 2)) return Optional.empty();
        int k = e - 2;
        while (k > s && !isSpace(text.charAt(k - 1))) k--;
        return k > s ? bylines.parse(text, k, e) : Optional.empty();
    }

    /**
     * (某县融媒体中心 张三) after the last stop: the writer after the office that sent the copy, an
     * office being a run ending in a body's suffix (中心, 部, 局, 办 …) and a space.
     */
    Optional<List<BylineParser.Credit>> officeWriter(String text, int s, int e) {
        int sp = -1;
        for (int k = s + 2; k < e; k++) {
            if (isSpace(text.charAt(k))) {
                sp = k;
                break;
            }
            if (!BylineParser.isNameChar(text.charAt(k))) return Optional.empty();
        }
        if (sp < 0 || OFFICE_ENDS.indexOf(text.charAt(sp - 1)) < 0) return Optional.empty();
        return bylines.parse(text, sp + 1, e, true);
    }

    /** The last character of a body that sends copy: 中心, 宣传部, 局, 办, 委, 处, 站, 所, 队, 院, 台, 社. */
    private static final String OFFICE_ENDS = "心部局办委处站所队院台社";

    /**
     * Where a paragraph ends before a trailing link or source note: …【详细】, [更多], (图片来源:某报),
     * (来源:某网). Returns e itself when there is none.
     */
    private static int beforeTrailingNote(String text, int s, int e) {
        char last = text.charAt(e - 1);
        int open = -1;
        if (last == '】' || last == ']') open = lastOpen(text, s, e, '【', '[');
        if ((last == ')' || last == '）') && e - s > 2) {
            int k = lastOpen(text, s, e, '(', '（');
            if (k > s && text.substring(k, e).contains("来源")) open = k;
        }
        if (open <= s || e - open > 20) return e;
        int cut = open;
        while (cut > s && (text.charAt(cut - 1) == '…' || isSpace(text.charAt(cut - 1)))) cut--;
        return cut;
    }

    /** The last a or b in text[s, e - 1), looking back at most a note's length; -1 when none. */
    private static int lastOpen(String text, int s, int e, char a, char b) {
        for (int k = e - 2; k >= Math.max(s, e - 21); k--) if (text.charAt(k) == a || text.charAt(k) == b) return k;
        return -1;
    }

    /**
     * 某某局供图, 图片由某某提供 after a caption's stop: the photo came from a body, not a
     * photographer, so the caption credits no one but is a caption all the same.
     */
    private static boolean suppliedPhoto(String text, int s, int e) {
        while (s < e && isSpace(text.charAt(s))) s++;
        if (e - s > MAX_TRAILING_CREDIT / 2) return false;
        String t = text.substring(s, e).strip();
        for (int k = 0; k < t.length(); k++) if ("，,。；;、".indexOf(t.charAt(k)) >= 0) return false;
        return t.endsWith("供图") || (t.startsWith("图片由") && t.endsWith("提供"));
    }

    /**
     * Credits ending a paragraph and where its text ends; photo when they credit its photographers
     * only (or a body supplied the photo): the paragraph is a photo's caption.
     */
    record TrailingCredit(List<BylineParser.Credit> credits, int bodyEnd, boolean photo) {
        TrailingCredit(List<BylineParser.Credit> credits, int bodyEnd) {
            this(credits, bodyEnd, !credits.isEmpty() && credits.stream().allMatch(c -> c.role().equals("摄影")));
        }
    }
}
