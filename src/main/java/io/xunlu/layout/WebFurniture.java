package io.xunlu.layout;

import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognizes the furniture of pages copied from the web or an e-paper viewer, which real users
 * paste with the article: breadcrumbs, meta lines (来源, 发布时间, 作者 …), share and tool bars, the
 * related-links and footer part after the article, site mastheads and image file names. The cue
 * words are in {@code models/layout/web-furniture.tsv}; the shapes (a numeric date-time, a run of
 * {@code >} separators, a line of short navigation tokens) are here.
 */
final class WebFurniture {
    /** What a line is, as far as web furniture goes. */
    enum Cue { NONE, CRUMB, META, TOOL, TAIL, FOOTER, NAV }

    private static final int META_MAX = 150;
    private static final int TAIL_MAX = 60;
    private static final int FOOTER_MAX = 300;
    private static final int TOOL_MAX = 40;
    private static final int TOOL_SLACK = 4;
    private static final int MASTHEAD_MAX = 10;
    private static final int SHORT_MASTHEAD = 6;
    private static final int DOC_NUMBER_LINE = 24;
    /** A page title's last segment, the site's full name, is at most this long (某某市某某区人民政府门户网站). */
    private static final int SITE_NAME_MAX = 20;
    /** A label this long is a label even glued to a word before it (当前报纸名称:); a short one (来源:) needs a boundary. */
    private static final int LONG_LABEL = 4;
    private static final int NAV_TOKENS = 4;
    private static final int NAV_TOKEN_MAX = 5;
    /** A title this long before a meta label is the headline sharing its line with the meta (标题 来源:某报). */
    private static final int TITLE_BEFORE_META = 8;

    // numeric date-times of meta lines: 2021-07-11, 2020/3/21, 2011.07.27, 19:30, or a line that is only a date
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}:\\d{2}");
    // a document's number line (某府发〔2017〕92号): the meta of a published document
    private static final Pattern DOC_NUMBER = Pattern.compile("[〔\\[（(]\\d{4}[〕\\]）)]\\d{1,4}号");
    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日(星期.)?");
    private static final Pattern FILE_NAME = Pattern.compile("_\\d{6}|\\.(jpg|jpeg|png|gif|bmp|webp)$", Pattern.CASE_INSENSITIVE);

    private final List<String> crumbs = new ArrayList<>();
    private final List<String> metaLabels = new ArrayList<>();
    private final List<String> contactLabels = new ArrayList<>();
    private final List<String> tools = new ArrayList<>();
    private final List<String> tails = new ArrayList<>();
    private final List<String> footers = new ArrayList<>();
    private final List<String> footerFields = new ArrayList<>();
    private final List<String> mastheads = new ArrayList<>();
    private final List<String> summaries = new ArrayList<>();

    WebFurniture() {
        for (String[] row : ModelFile.rows("layout/web-furniture.tsv", 2)) {
            switch (row[0]) {
                case "crumb" -> crumbs.add(row[1]);
                case "meta" -> metaLabels.add(row[1]);
                case "contact" -> contactLabels.add(row[1]);
                case "tool" -> tools.add(row[1]);
                case "tail" -> tails.add(row[1]);
                case "footer" -> footers.add(row[1]);
                case "footer-field" -> footerFields.add(row[1]);
                case "masthead" -> mastheads.add(row[1]);
                case "summary" -> summaries.add(row[1]);
                default -> throw new IllegalStateException("layout/web-furniture.tsv: unknown kind " + row[0]);
            }
        }
        metaLabels.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** The cue of a line (its text without bold marks, trimmed). */
    Cue classify(String bare) {
        String compact = compact(bare);
        if (compact.isEmpty()) return Cue.NONE;
        if (isCrumb(bare, compact)) return Cue.CRUMB;
        if (isFooter(bare)) return Cue.FOOTER;
        String opening = stripMarks(compact);
        if (opening.length() <= TAIL_MAX && opening.indexOf('。') < 0) for (String w : tails) if (opening.startsWith(w)) return Cue.TAIL;
        if (isContact(compact)) return Cue.TOOL;
        if (isMeta(bare, compact)) return Cue.META;
        if (isTool(bare, compact)) return Cue.TOOL;
        if (isNav(bare, compact)) return Cue.NAV;
        return Cue.NONE;
    }

    /**
     * A site footer or reprint notice (版权所有, 转载请注明出处 …); a footer field (技术支持:, 主办单位:)
     * opens the line or stands in one without a sentence, since news sentences use those words too.
     */
    boolean isFooter(String bare) {
        if (bare.length() > FOOTER_MAX) return false;
        String compact = stripMarks(compact(bare));
        boolean sentence = compact.indexOf('。') >= 0;
        for (String w : footers) if (compact.contains(w)) return true;
        for (String w : footerFields) if (compact.startsWith(w) || (!sentence && compact.contains(w))) return true;
        return false;
    }

    /**
     * Where the meta part of a line starts when a headline shares its line with it
     * (某县重点项目集中开工 来源:某报 作者:某某), else -1. Only a label after a space and a title of some
     * length split a line; a date-time alone does not (a reporter's name or outlet may open a meta line).
     */
    int metaAfterTitle(String bare) {
        for (int k = 1; k < bare.length(); k++) {
            if (bare.charAt(k - 1) != ' ' || !isHan(bare.charAt(k))) continue;
            String rest = compact(bare.substring(k));
            String title = bare.substring(0, k);
            if (labelAt(rest, 0) && compact(title).length() >= TITLE_BEFORE_META && !isMeta(title, compact(title))) return k;
        }
        return -1;
    }

    /** A line opening with a summary label and its colon (摘要:…, 核心提示:…): the page's summary of the article. */
    boolean isSummary(String bare) {
        String opening = stripMarks(compact(bare.length() > SUMMARY_PROBE ? bare.substring(0, SUMMARY_PROBE) : bare));
        for (String w : summaries) {
            if (opening.startsWith(w) && opening.length() > w.length() + 1 && (opening.charAt(w.length()) == ':' || opening.charAt(w.length()) == '：')) return true;
        }
        return false;
    }

    private static final int SUMMARY_PROBE = 16;

    /** A short line naming a site, paper or channel (某某新闻网, 某某日报): never preferred as a headline. */
    boolean isMasthead(String compact) {
        if (compact.length() > MASTHEAD_MAX) return false;
        for (int k = 0; k < compact.length(); k++) if (Character.isDigit(compact.charAt(k))) return false;
        for (String w : mastheads) {
            // 网 and 报 alone end a short name only (某某消防网); a longer line so ending is a headline (织密安全防护网)
            if (compact.endsWith(w) && (w.length() > 1 || compact.length() <= SHORT_MASTHEAD)) return true;
        }
        return false;
    }

    /** A page's title line (某某会议召开_栏目_某某网, 标题-某某网): the headline with the site's name after it. */
    int pageTitleEnd(String compactTitle) {
        for (char sep : new char[] {'_', '-'}) {
            int k = compactTitle.indexOf(sep);
            int last = compactTitle.lastIndexOf(sep);
            String site = compactTitle.substring(last + 1);
            if (k > 0 && site.length() <= SITE_NAME_MAX && endsAsSite(site)) return k;
        }
        return -1;
    }

    private boolean endsAsSite(String s) {
        for (String w : mastheads) if (s.endsWith(w)) return true;
        return false;
    }

    static boolean isFileName(String compact) {
        return (compact.indexOf('_') >= 0 || compact.indexOf('.') >= 0) && FILE_NAME.matcher(compact).find();
    }

    private boolean isCrumb(String bare, String compact) {
        int arrows = 0;
        for (int k = 0; k < bare.length(); k++) if (bare.charAt(k) == '>' || bare.charAt(k) == '»') arrows++;
        if (arrows >= 2) return true;
        for (String w : crumbs) if (compact.contains(w)) return true;
        return homeTrail(compact);
    }

    /**
     * A trail from the home page with any separator (首页 / 要闻 / 本地, 位置:首页--新闻--要闻): 首页,
     * a run of separator marks, then more; a short line with no clause punctuation.
     */
    private static boolean homeTrail(String compact) {
        if (compact.length() > CRUMB_MAX || hasClausePunctuation(compact)) return false;
        for (int k = compact.indexOf(HOME); k >= 0; k = compact.indexOf(HOME, k + 1)) {
            int j = k + HOME.length();
            int marks = j;
            while (j < compact.length() && CRUMB_SEPARATORS.indexOf(compact.charAt(j)) >= 0) j++;
            if (j > marks && j < compact.length() && isHan(compact.charAt(j))) return true;
        }
        return false;
    }

    private static final String HOME = "首页";
    private static final String CRUMB_SEPARATORS = "/>»›→-—";
    private static final int CRUMB_MAX = 60;

    private boolean isMeta(String bare, String compact) {
        if (compact.length() > META_MAX || compact.indexOf('。') >= 0) return false;
        if (DATE_TIME.matcher(compact).find() || DATE_ONLY.matcher(compact).matches()) return true;
        if (compact.length() <= DOC_NUMBER_LINE && DOC_NUMBER.matcher(compact).find()) return true;
        for (int k = 0; k < compact.length(); k++) {
            boolean start = k == 0 || !isHan(compact.charAt(k - 1)) || spacedBefore(bare, compact, k);
            if (labelAt(compact, k, start ? 1 : LONG_LABEL)) return true;
        }
        return false;
    }

    /** A short line opening with a contact label and its colon (地址:某某路2号, 电话:0000-0000000). */
    private boolean isContact(String compact) {
        if (compact.length() > META_MAX || compact.indexOf('。') >= 0) return false;
        String opening = stripMarks(compact);
        for (String w : contactLabels) {
            if (opening.startsWith(w) && opening.length() > w.length() && (opening.charAt(w.length()) == ':' || opening.charAt(w.length()) == '|')) return true;
        }
        return false;
    }

    /** A meta label at compact[k…] followed by ":" or "|". */
    private boolean labelAt(String compact, int k) {
        return labelAt(compact, k, 1);
    }

    /** A meta label of at least minLength characters at compact[k…] followed by ":" or "|". */
    private boolean labelAt(String compact, int k, int minLength) {
        for (String w : metaLabels) {
            if (w.length() < minLength) continue;
            int e = k + w.length();
            if (compact.startsWith(w, k) && e < compact.length() && (compact.charAt(e) == ':' || compact.charAt(e) == '|')) return true;
        }
        return false;
    }

    /** The k-th non-space character of bare has a space before it (a label after a word: 稿源:本网 发布:…). */
    private static boolean spacedBefore(String bare, String compact, int k) {
        int seen = 0;
        for (int i = 0; i < bare.length(); i++) {
            if (isSpace(bare.charAt(i))) continue;
            if (seen == k) return i > 0 && isSpace(bare.charAt(i - 1));
            seen++;
        }
        return false;
    }

    /** A line made only of toolbar tokens (分享 | 打印 | 关闭), or one with a bracketed tool (【打印】). */
    private boolean isTool(String bare, String compact) {
        if (compact.length() > TOOL_MAX || hasClausePunctuation(compact)) return false;
        String plain = stripAllMarks(compact);
        for (String w : tools) if (plain.equals(w)) return true;
        for (int k = 0; k + 1 < compact.length(); k++) {
            char c = compact.charAt(k);
            if (c != '【' && c != '[') continue;
            for (String w : tools) if (compact.startsWith(w, k + 1)) return true;
        }
        List<String> tokens = tokens(bare, TOOL_SEPARATORS);
        for (String token : tokens) if (!toolToken(token)) return false;
        return !tokens.isEmpty();
    }

    private static final String TOOL_SEPARATORS = " |•·【】[]()（）:：";

    /** The runs of bare between separator characters. */
    private static List<String> tokens(String bare, String separators) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= bare.length(); k++) {
            boolean sep = k == bare.length() || separators.indexOf(bare.charAt(k)) >= 0 || isSpace(bare.charAt(k));
            if (sep && start >= 0) {
                out.add(bare.substring(start, k));
                start = -1;
            } else if (!sep && start < 0) {
                start = k;
            }
        }
        return out;
    }

    /**
     * A toolbar token: a tool word, one character before one (小字号), or a tool word of three
     * characters or more with a short tail (分享到微信, 打印本页).
     */
    private boolean toolToken(String token) {
        for (String w : tools) {
            if (token.equals(w) || (token.length() == w.length() + 1 && token.endsWith(w))) return true;
            if (w.length() >= 3 && token.startsWith(w) && token.length() <= w.length() + TOOL_SLACK) return true;
        }
        return false;
    }

    /** Site navigation: many short tokens (首 页 新闻 政务 …) or cells between bars (首页 | 版面导航 | 标题导航). */
    private static boolean isNav(String bare, String compact) {
        for (int k = 0; k < compact.length(); k++) if ("。，,；;！!？?".indexOf(compact.charAt(k)) >= 0) return false;
        int bars = 0;
        for (int k = 0; k < bare.length(); k++) if (bare.charAt(k) == '|') bars++;
        if (bars >= 2) return true;
        List<String> tokens = tokens(bare, "");
        if (tokens.size() < NAV_TOKENS) return false;
        for (String t : tokens) if (t.length() > NAV_TOKEN_MAX) return false;
        return true;
    }

    /** A comma or stop: running text, never a toolbar. */
    private static boolean hasClausePunctuation(String s) {
        for (int k = 0; k < s.length(); k++) if ("。，,；;".indexOf(s.charAt(k)) >= 0) return true;
        return false;
    }

    static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) if (!isSpace(s.charAt(k))) b.append(s.charAt(k));
        return b.toString();
    }

    /** Without the bullets and brackets a list or toolbar line opens with. */
    private static String stripMarks(String compact) {
        int k = 0;
        while (k < compact.length() && "•·●■◆▲★▶◎【[(（".indexOf(compact.charAt(k)) >= 0) k++;
        return compact.substring(k);
    }

    private static String stripAllMarks(String compact) {
        StringBuilder b = new StringBuilder(compact.length());
        for (int k = 0; k < compact.length(); k++) {
            if ("•·●■◆▲★▶◎【】[]()（）|:：".indexOf(compact.charAt(k)) < 0) b.append(compact.charAt(k));
        }
        return b.toString();
    }

    static boolean isSpace(char c) { return c == ' ' || c == '\u3000' || c == '\t' || c == '\u00A0'; }

    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || Character.isSurrogate(c) || (c >= 0xF900 && c <= 0xFAFF);
    }

    static boolean hasHan(String s) {
        for (int k = 0; k < s.length(); k++) if (isHan(s.charAt(k))) return true;
        return false;
    }
}
