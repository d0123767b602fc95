package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import java.util.List;
import java.util.function.Predicate;

/**
 * Trims a headline to the headline itself: a column tag in brackets before it (【某地】, [要闻]), a
 * kicker before a bar (奋力推动某某 | 标题; a column name such as 两会现场丨 or a genre label such as
 * 视频| is part of the headline as published), a date before it (06.15 标题), a photo or
 * video mark after it ((图), (组图)), the site's name after it (标题 某某资讯, 标题_栏目_某某网,
 * 标题-某某网), the 原标题: label, and stray bars and bold marks.
 */
final class TitleCleaner {
    /** A column or campaign name before a bar is this long at least; a genre label is shorter. */
    private static final int COLUMN_NAME_MIN = 4;
    private static final int TAG_MAX = 12;
    private static final int SITE_MAX = 8;
    private static final List<String> MEDIA_MARKS = List.of("(图)", "(组图)", "(多图)", "(附图)", "(视频)", "[图]", "[组图]", "[视频]");

    private final WebFurniture web;
    private final Predicate<String> kicker;

    /** kicker: whether a title reads as a kicker (an exhortation: 奋力推动…), as {@link HeadlinePicker} says. */
    TitleCleaner(WebFurniture web, Predicate<String> kicker) {
        this.web = web;
        this.kicker = kicker;
    }

    /** The cleaned span of one title line (empty spans are returned as they are: the caller drops them). */
    LocalSpan clean(String text, LocalSpan s) {
        int a = s.start();
        int b = s.end();
        a = trimStart(text, a, b);
        b = trimEnd(text, a, b);
        if (text.startsWith("(原标题", a) || text.startsWith("（原标题", a)) {
            a++;
            if (b > a && (text.charAt(b - 1) == ')' || text.charAt(b - 1) == '）')) b--;
        }
        if (text.startsWith("原标题", a) && a + 3 < b && (text.charAt(a + 3) == ':' || text.charAt(a + 3) == '：')) a += 4;
        a = trimStart(text, a, b);
        // 【某地】标题, [要闻]标题
        char open = a < b ? text.charAt(a) : 0;
        if (open == '【' || open == '[') {
            int close = LineClassifier.indexIn(text, open == '【' ? "】" : "]", a, b);
            if (close > a && close - a <= TAG_MAX + 1 && close + 1 < b) a = trimStart(text, close + 1, b);
        }
        a = afterDate(text, a, b);
        b = beforeSiteName(text, a, b); // before the column rule: 标题 | 某某网 names the site after the bar
        a = afterKicker(text, a, b);
        b = beforeMediaMark(text, a, b);
        b = trimEnd(text, a, b);
        return new LocalSpan(a, Math.max(a, b));
    }

    /** A deck without stray bars, bold marks and spaces at its ends (副题 |). */
    LocalSpan trim(String text, LocalSpan s) {
        int a = trimStart(text, s.start(), s.end());
        return new LocalSpan(a, trimEnd(text, a, s.end()));
    }

    /** 06.15 标题, 2021-06-15 标题: a numeric date and a space before the title. */
    private static int afterDate(String text, int a, int b) {
        int k = a;
        int digits = 0;
        while (k < b && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '.' || text.charAt(k) == '-' || text.charAt(k) == '/')) {
            if (Character.isDigit(text.charAt(k))) digits++;
            k++;
        }
        if (digits >= 3 && k > a && k < b && text.charAt(k) == ' ' && Character.isDigit(text.charAt(k - 1))) return trimStart(text, k, b);
        return a;
    }

    /**
     * A kicker set on the headline's line before a bar (奋力推动某某 | 标题): the headline after it. A
     * column name before a bar (两会现场丨标题, 视频|标题) is part of the headline as published.
     */
    private int afterKicker(String text, int a, int b) {
        for (int k = a + 1; k < b - 1; k++) {
            char c = text.charAt(k);
            if (c != '|' && c != '丨') continue;
            String before = WebFurniture.compact(text.substring(a, k));
            String after = WebFurniture.compact(text.substring(k + 1, b));
            if (before.length() >= COLUMN_NAME_MIN && after.length() >= COLUMN_NAME_MIN && kicker.test(before)) return trimStart(text, k + 1, b);
            return a;
        }
        return a;
    }

    private static int beforeMediaMark(String text, int a, int b) {
        for (String m : MEDIA_MARKS) {
            if (b - a > m.length() && text.startsWith(m, b - m.length())) return trimEnd(text, a, b - m.length());
        }
        return b;
    }

    /** 标题 某某资讯, 标题 | 某某网, 标题_栏目_某某网, 标题-某某网: the title without the site's name. */
    private int beforeSiteName(String text, int a, int b) {
        for (int k = b - 1; k > a; k--) {
            char c = text.charAt(k);
            if (c != '|' && c != '丨') continue;
            String site = WebFurniture.compact(text.substring(k + 1, b));
            if (!site.isEmpty() && web.isMasthead(site)) return trimEnd(text, a, k);
            break;
        }
        int sp = b - 1;
        while (sp > a && text.charAt(sp) != ' ') sp--;
        if (sp > a) {
            String last = text.substring(sp + 1, b);
            if (last.length() <= SITE_MAX && web.isMasthead(last) && WebFurniture.compact(text.substring(a, sp)).length() >= COLUMN_NAME_MIN) {
                return trimEnd(text, a, sp);
            }
        }
        String t = text.substring(a, b);
        int cut = web.pageTitleEnd(t);
        return cut > 0 ? trimEnd(text, a, a + cut) : b;
    }

    private static int trimStart(String text, int a, int b) {
        while (a < b && isTrim(text.charAt(a))) a++;
        return a;
    }

    private static int trimEnd(String text, int a, int b) {
        while (b > a && isTrim(text.charAt(b - 1))) b--;
        return b;
    }

    private static boolean isTrim(char c) {
        return PageLayout.isSpace(c) || c == '*' || c == '|' || c == '丨' || c == '•';
    }
}
