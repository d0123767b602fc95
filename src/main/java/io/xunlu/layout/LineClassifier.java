package io.xunlu.layout;

import io.xunlu.layout.PageLayout.Kind;
import io.xunlu.layout.PageLayout.Line;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Says what each line of a page is: page furniture (page header, jump line, index entry, web
 * furniture), a breadcrumb, a meta line, the start of the part after the article, a section label,
 * a credit line, an original-title line (原标题:…), a caption in parentheses, a title (short, no
 * sentence punctuation) or body text.
 */
final class LineClassifier {
    private static final int TITLE_MAX = 40;
    private static final int LONG_TITLE_MAX = 64;
    /** A title may end with ! or ? (今后出行更方便!) when it is this short and has no other stop. */
    private static final int EXCLAIMED_TITLE_MAX = 32;
    private static final int HEADER_ZONE = 6;
    private static final int CAPTION_MAX = 60;
    /** Longer than any title, caption, credit or furniture line but a footer's notice. */
    private static final int LONG_LINE = 80;

    private final PageLayout layout;
    private final BylineParser bylines;
    private final DatelineMatcher datelines;
    private final WebFurniture web = new WebFurniture();
    private final List<String> furniture = ModelFile.lines("layout/page-furniture.txt");

    LineClassifier(PageLayout layout) {
        this.layout = layout;
        this.bylines = layout.bylines();
        this.datelines = layout.datelines();
    }

    WebFurniture web() { return web; }

    List<Line> classify(String text) {
        List<Line> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int blanks = 0;
        int nonEmpty = 0;
        boolean bodySeen = false;
        while (i <= n) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) nl = n;
            int s = i;
            int e = nl;
            while (s < e && PageLayout.isSpace(text.charAt(s))) s++;
            while (e > s && PageLayout.isSpace(text.charAt(e - 1))) e--;
            if (s == e) {
                blanks++;
            } else {
                // a markdown hard break (two trailing spaces) keeps a title's lines together
                boolean hardBreak = nl - e >= 2 && text.startsWith("  ", e);
                Line prev = out.isEmpty() ? null : out.get(out.size() - 1);
                List<Line> classified = signOff(text, s, e, blanks, prev);
                if (classified == null) classified = classifyLine(text, s, e, blanks, bodySeen ? HEADER_ZONE : nonEmpty);
                for (Line l : classified) {
                    out.add(l.withHardBreak(hardBreak));
                    bodySeen |= l.kind() == Kind.BODY;
                }
                nonEmpty++;
                blanks = 0;
            }
            i = nl + 1;
        }
        titleOverMeta(text, out);
        return out;
    }

    /**
     * A web page sets its meta line (来源, 发布时间 …) right under the headline, whatever the
     * headline's punctuation: the first body line, when a meta line follows it before any other text
     * and it has no stop, is the headline (“这才是真正的家乡!”, 以赛为媒,以评聚力,某区启动…).
     */
    private void titleOverMeta(String text, List<Line> lines) {
        int first = -1;
        for (int k = 0; k < lines.size() && first < 0; k++) if (lines.get(k).kind() == Kind.BODY) first = k;
        if (first < 0) return;
        int next = first + 1;
        while (next < lines.size() && lines.get(next).kind() == Kind.SKIP) next++;
        if (next >= lines.size() || lines.get(next).kind() != Kind.META) return;
        Line l = lines.get(first);
        String bare = text.substring(l.start(), l.end()).replace("*", "").strip();
        if (bare.isEmpty() || bare.codePointCount(0, bare.length()) > LONG_LINE || bare.indexOf('。') >= 0 || bare.indexOf('；') >= 0
                || bare.indexOf(';') >= 0 || "，,、:：".indexOf(bare.charAt(bare.length() - 1)) >= 0
                || datelines.match(text, l.start(), l.end()).isPresent()) return;
        lines.set(first, new Line(l.start(), l.end(), l.gap(), Kind.TITLE, List.of(), l.boldWhole(), l.hardBreak()));
    }

    private List<Line> classifyLine(String text, int s, int e, int gap, int index) {
        String t = text.substring(s, e);
        boolean boldWhole = t.length() > 4 && t.startsWith("**") && t.endsWith("**") && t.indexOf("**", 2) == t.length() - 2;
        String bare = t.replace("*", "").strip();
        int len = bare.codePointCount(0, bare.length());
        // a line of bold marks only (****) is empty once they are removed: decoration, and every rule below reads a character
        if (bare.isEmpty()) return one(s, e, gap, Kind.SKIP);
        if (index < HEADER_ZONE && isPageHeader(bare)) return one(s, e, gap, Kind.SKIP);
        if (isJumpLine(bare) || isIndexEntry(bare) || isPageNumber(bare)) return one(s, e, gap, Kind.SKIP);
        if (web.isSummary(bare)) return one(s, e, gap, Kind.META);
        // a long line of sentences is body text unless it is a footer's notice: the common case, decided cheaply
        if (len > LONG_LINE && bare.indexOf('。') >= 0) {
            Kind kind = web.isFooter(bare) ? Kind.TAIL : Kind.BODY;
            return List.of(new Line(s, e, gap, kind, List.of(), boldWhole, false));
        }
        WebFurniture.Cue cue = web.classify(bare);
        switch (cue) {
            case CRUMB -> { return one(s, e, gap, Kind.CRUMB); }
            case TAIL, FOOTER -> { return one(s, e, gap, Kind.TAIL); }
            case META -> {
                int split = web.metaAfterTitle(t);
                if (split > 0) { // 标题 来源:某报 作者:某某: the headline, then its meta
                    int cut = s + split;
                    int titleEnd = cut;
                    while (titleEnd > s && PageLayout.isSpace(text.charAt(titleEnd - 1))) titleEnd--;
                    return List.of(new Line(s, titleEnd, gap, Kind.TITLE, List.of(), false, false),
                            new Line(cut, e, 0, Kind.META, bylines.labelled(text, cut, e), false, false));
                }
                return List.of(new Line(s, e, gap, Kind.META, bylines.labelled(text, s, e), false, false));
            }
            case TOOL -> { return one(s, e, gap, Kind.SKIP); }
            default -> { }
        }
        if (isMarkOnly(bare) || WebFurniture.isFileName(WebFurniture.compact(bare)) || isLinkItem(bare, len)) return one(s, e, gap, Kind.SKIP);
        if (isWebFurniture(bare)) return List.of(new Line(s, e, gap, Kind.SKIP, editorCredits(text, s, e), false, false));
        if (isOriginalTitle(bare)) return one(s, e, gap, Kind.ORIGINAL);
        if (len <= 12 && (startsWithSectionMark(bare) || (bare.startsWith("【") && bare.endsWith("】")))) return one(s, e, gap, Kind.SECTION);
        if (len <= 8 && bare.endsWith("评论员")) return one(s, e, gap, Kind.ENDMARK);
        // a credit line; one wholly in parentheses may name its writers with no role word ((张三 李四))
        Optional<List<BylineParser.Credit>> credits = bylines.parse(text, s, e, isCaption(bare, len));
        if (credits.isEmpty() && isCaption(bare, len)) credits = layout.officeWriter(text, s + 1, e - 1); // (某某中心 张三)
        if (credits.isPresent()) return List.of(new Line(s, e, gap, Kind.CREDIT, credits.get(), false, false));
        if (cue == WebFurniture.Cue.NAV) return one(s, e, gap, Kind.SKIP);
        if (isCaption(bare, len)) {
            // a caption in parentheses may end with its photographer (…图为会场。某报记者 张三 摄)
            PageLayout.TrailingCredit tc = layout.trailingCredit(text, s + 1, e - 1);
            return List.of(new Line(s, e, gap, Kind.CAPTION, tc == null ? List.of() : tc.credits(), false, false));
        }
        if (len > 12 && startsWithSectionMark(bare)) return List.of(new Line(s, e, gap, Kind.BODY, List.of(), boldWhole, false));
        if (!isBodyLike(text, s, e, bare, len)) {
            List<BylineParser.Credit> photo = photoCredit(text, s, e);
            if (photo != null || isPhotoNote(bare)) {
                return List.of(new Line(s, e, gap, Kind.CAPTION, photo == null ? List.of() : photo, false, false));
            }
            int mark = creditMark(text, s, e);
            if (mark > s) { // 标题 □张三 李四: the headline with its writers after a credit mark
                int titleEnd = mark;
                while (titleEnd > s && PageLayout.isSpace(text.charAt(titleEnd - 1))) titleEnd--;
                return List.of(new Line(s, titleEnd, gap, Kind.TITLE, bylines.parse(text, mark, e, true).get(), boldWhole, false));
            }
            return List.of(new Line(s, e, gap, Kind.TITLE, List.of(), boldWhole, false));
        }
        return List.of(new Line(s, e, gap, Kind.BODY, List.of(), boldWhole, false));
    }

    /** A line opening with a date: figures and 年, 月 or 日 (2024年, 12月25日, 25日). */
    private static boolean opensWithDate(String bare) {
        int k = 0;
        while (k < bare.length() && Character.isDigit(bare.charAt(k))) k++;
        return k > 0 && k < bare.length() && "年月日".indexOf(bare.charAt(k)) >= 0;
    }

    private static List<Line> one(int s, int e, int gap, Kind kind) {
        return List.of(new Line(s, e, gap, kind, List.of(), false, false));
    }

    /**
     * A writer signing off under the article's last paragraph with a mark (■张三, □李四 王五): a
     * credit, not the section label the mark opens elsewhere; null when the line is none.
     */
    private List<Line> signOff(String text, int s, int e, int gap, Line prev) {
        if (prev == null || prev.kind() != Kind.BODY || "。！？!?”".indexOf(text.charAt(prev.end() - 1)) < 0) return null;
        char c = text.charAt(s);
        if (c != '■' && c != '□' || e - s > SIGN_OFF_MAX) return null;
        Optional<List<BylineParser.Credit>> credits = bylines.parse(text, s, e, true);
        return credits.map(cr -> List.of(new Line(s, e, gap, Kind.CREDIT, cr, false, false))).orElse(null);
    }

    private static final int SIGN_OFF_MAX = 16;

    /** A line that says what a photo shows (图为…, 上图:…): a caption, never a title. */
    private static boolean isPhotoNote(String bare) {
        return bare.startsWith("图为") || bare.startsWith("上图") || bare.startsWith("下图") || bare.startsWith("左图") || bare.startsWith("右图");
    }

    /**
     * A title-like line ending in a photographer's credit after a space (会场一角 摄影:张三, 活动现场
     * 张三 摄): the credits when all of them are photographers', else null.
     */
    private List<BylineParser.Credit> photoCredit(String text, int s, int e) {
        for (int k = s + 1; k < e; k++) {
            if (!PageLayout.isSpace(text.charAt(k - 1)) || PageLayout.isSpace(text.charAt(k))) continue;
            Optional<List<BylineParser.Credit>> c = bylines.parse(text, k, e);
            if (c.isPresent() && c.get().stream().allMatch(x -> x.role().equals("摄影"))) return c.get();
        }
        return null;
    }

    /** Where a credit mark (□ or ■) opens a credit that runs to the end of a title line, or -1. */
    private int creditMark(String text, int s, int e) {
        for (int k = s + 1; k < e; k++) {
            char c = text.charAt(k);
            if ((c == '□' || c == '■') && PageLayout.isSpace(text.charAt(k - 1)) && bylines.parse(text, k, e, true).isPresent()) return k;
        }
        return -1;
    }

    private boolean isBodyLike(String text, int s, int e, String bare, int len) {
        // a long government or feature title has no comma; a sentence that long has
        if (len > TITLE_MAX && (len > LONG_TITLE_MAX || count(bare, ',', '，') > 0)) return true;
        if (count(bare, ',', '，') >= 2 || bare.endsWith(".") || !balanced(bare)) return true;
        boolean exclaimed = false;
        for (int k = 0; k < bare.length(); k++) {
            char c = bare.charAt(k);
            if (c == '。' || c == ';' || c == '；') return true;
            if (c == '！' || c == '？' || c == '!' || c == '?') exclaimed = true;
        }
        if (opensWithDate(bare) && count(bare, ',', '，') == 1) return true; // 12月25日,某某… a dated lead (12个项目签约,… is a title)
        if (exclaimed && (len > EXCLAIMED_TITLE_MAX || bare.startsWith("“") || count(bare, ',', '，') > 0
                || count(bare, ':', '：') > 0)) return true;
        char last = bare.charAt(bare.length() - 1);
        if (last == ',' || last == '，' || last == '、' || last == ':' || last == '：') return true;
        if (datelines.match(text, s, e).isPresent()) return true;
        return layout.inlineTitle(text, s, e) != null;
    }

    /**
     * A line with no Chinese text that cannot be the rest of a broken sentence either (RSS, 01, a
     * URL, a bar of ||||): a figure cut from its line (7%。, 3%,) still has its stop, comma or percent.
     */
    private static boolean isMarkOnly(String bare) {
        if (WebFurniture.hasHan(bare)) return false;
        for (int k = 0; k < bare.length(); k++) if ("。，,；;、%".indexOf(bare.charAt(k)) >= 0) return false;
        return true;
    }

    /** A related-links list item: • 某某标题 (a short line after a small bullet, no sentence). */
    private static boolean isLinkItem(String bare, int len) {
        char c = bare.charAt(0);
        return (c == '•' || c == '·') && len <= TITLE_MAX && bare.indexOf('。') < 0;
    }

    /** A whole line in parentheses that is not a credit: a photo's caption or an aside, never a headline. */
    private static boolean isCaption(String bare, int len) {
        char first = bare.charAt(0);
        char last = bare.charAt(bare.length() - 1);
        return len <= CAPTION_MAX && (first == '(' || first == '（') && (last == ')' || last == '）')
                && bare.indexOf(')', 1) == bare.length() - 1;
    }

    /** 原标题:… or (原标题:…): the title the item carried where it was first published. */
    static boolean isOriginalTitle(String bare) {
        String b = bare.startsWith("(") || bare.startsWith("（") ? bare.substring(1) : bare;
        return b.startsWith("原标题") && b.length() > 4 && (b.charAt(3) == ':' || b.charAt(3) == '：');
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

    /** Disclaimers and editor lines of pages copied from the web (the page-furniture words); a sentence is none. */
    private boolean isWebFurniture(String bare) {
        if (bare.length() > 80 || bare.indexOf('。') >= 0) return false;
        for (String w : furniture) if (w.length() >= 3 && bare.contains(w)) return true;
        return false;
    }

    /** 责任编辑:上官青 or [责任编辑 上官青] inside a furniture line still credits the editor. */
    private List<BylineParser.Credit> editorCredits(String text, int s, int e) {
        List<BylineParser.Credit> labelled = bylines.labelled(text, s, e);
        if (!labelled.isEmpty()) return labelled;
        for (String w : List.of("责任编辑", "编辑", "责编")) {
            int k = indexIn(text, w, s, e);
            if (k >= 0) {
                Optional<List<BylineParser.Credit>> c = bylines.parse(text, k, e);
                if (c.isPresent()) return c.get();
            }
        }
        return List.of();
    }

    /** Where word starts in text[s, e), or -1: a search that never runs past the line. */
    static int indexIn(String text, String word, int s, int e) {
        for (int k = s; k + word.length() <= e; k++) if (text.startsWith(word, k)) return k;
        return -1;
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

    /** A line that is only a page's number (第A3版, 第08版, A3版): an e-paper's page list, wherever it stands. */
    private static boolean isPageNumber(String bare) {
        String b = WebFurniture.compact(bare);
        if (b.length() < 2 || b.length() > 6 || !b.endsWith("版")) return false;
        int k = b.startsWith("第") ? 1 : 0;
        if (k < b.length() && b.charAt(k) >= 'A' && b.charAt(k) <= 'Z') k++;
        int digits = k;
        while (k < b.length() && Character.isDigit(b.charAt(k))) k++;
        return k > digits && k == b.length() - 1;
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

    static boolean startsWithSectionMark(String bare) {
        char c = bare.charAt(0);
        return c == '■' || c == '◆' || c == '▲' || c == '★' || c == '●' || c == '▶' || c == '◎';
    }
}
