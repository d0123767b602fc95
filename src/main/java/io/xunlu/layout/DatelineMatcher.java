package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the dateline that opens an item's first paragraph: a source name ending in 讯 (本报讯,
 * 晚报讯, 某某县融媒体中心讯, 某某网8月5日讯), a channel's 消息 before its credit, or a wire dateline
 * (新华社昆明5月6日电, 某某网某地3月2日电), bold or not.
 */
public final class DatelineMatcher {
    private static final int MAX_SOURCE = 24;
    private static final int MAX_WIRE = 20;

    private final List<String> suffixes = new ArrayList<>();
    private final List<String> creditSuffixes = new ArrayList<>();
    private final List<String> agencies = new ArrayList<>();

    public DatelineMatcher() {
        for (String[] row : ModelFile.rows("layout/datelines.tsv")) {
            if (row[0].equals("suffix")) suffixes.add(row[1]);
            else if (row[0].equals("credit-suffix")) creditSuffixes.add(row[1]);
            else if (row[0].equals("agency")) agencies.add(row[1]);
        }
    }

    /**
     * The dateline at text[from…] (after spaces, ** marks and an opening bracket), or empty: a
     * source name (Han characters, digits, ·, -, one other name of it in parentheses) ending in 讯
     * (本报讯, 某某融媒体中心讯, 某某网8月5日讯, 某某网(某某日报网)讯),
     * in 消息 before a credit or colon (某某频道消息(张三):), or a date and 电 (某某社某地5月6日电), each
     * followed by a boundary (a space, a bracket, a colon, a slash or the end) so a sentence that
     * merely opens with such a word (喜讯传来) is not one.
     */
    public Optional<LocalSpan> match(CharSequence text, int from, int end) {
        int i = skipOpening(text, from, end);
        for (String a : agencies) {
            if (startsWith(text, i, end, a)) {
                int limit = Math.min(end, i + MAX_WIRE);
                for (int j = i + a.length(); j < limit; j++) {
                    char c = text.charAt(j);
                    if (c == '电' && j > i + a.length()) return Optional.of(new LocalSpan(i, j + 1));
                    if (isPunct(c)) break;
                }
            }
        }
        int limit = Math.min(end, i + MAX_SOURCE);
        int open = -1; // a source's other name in parentheses (某某网(某某日报网)讯)
        for (int j = i; j < limit; j++) {
            char c = text.charAt(j);
            if ((c == '(' || c == '（') && open == -1 && j > i) {
                open = j;
                continue;
            }
            if ((c == ')' || c == '）') && open >= 0 && j > open + 1) {
                open = -2;
                continue;
            }
            for (String sfx : suffixes) {
                int e = j + sfx.length();
                if (j > i && open < 0 && startsWith(text, j, end, sfx) && isBoundary(text, e, end)) return Optional.of(new LocalSpan(i, e));
            }
            for (String sfx : creditSuffixes) {
                int e = j + sfx.length();
                if (j - i >= 2 && open < 0 && startsWith(text, j, end, sfx) && isCreditBoundary(text, e, end)) return Optional.of(new LocalSpan(i, e));
            }
            if (c == '电' && j - i >= 4 && text.charAt(j - 1) == '日' && isBoundary(text, j + 1, end)) {
                return Optional.of(new LocalSpan(i, j + 1));
            }
            if (!isSourceChar(c)) break;
        }
        return Optional.empty();
    }

    /** Past the marks between a dateline and its text: 】, a colon, a slash, a dash, spaces, ** marks. */
    static int afterDateline(CharSequence text, int i, int end) {
        while (i < end && "】]:：/—* \u3000".indexOf(text.charAt(i)) >= 0) i++;
        return i;
    }

    private static int skipOpening(CharSequence text, int i, int end) {
        while (i < end && "*【[. \u3000".indexOf(text.charAt(i)) >= 0) i++;
        return i;
    }

    private static boolean isSourceChar(char c) {
        return BylineParser.isNameChar(c) || (c >= '0' && c <= '9') || c == '-' || c == '+';
    }

    private static boolean isBoundary(CharSequence text, int i, int end) {
        // a digit may follow with no space (本报讯1月14日, …)
        return i >= end || " \u3000(（)）【】[]:：/—*".indexOf(text.charAt(i)) >= 0 || Character.isDigit(text.charAt(i));
    }

    private static boolean isCreditBoundary(CharSequence text, int i, int end) {
        return i < end && "(（:： ".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * The place a dateline was filed from (新华社里斯本3月2日电 → 里斯本, 本报深圳讯 → 深圳, 某某日报海口
     * 4月13日讯 → 海口): the name between the source (an agency, or a name ending in 社, 报, 网, 台 or 端)
     * and the date or the closing 讯 or 电, or null when the dateline has none.
     */
    public LocalSpan wirePlace(CharSequence text, LocalSpan dateline) {
        int i = skipOpening(text, dateline.start(), dateline.end());
        int stop = i;
        while (stop < dateline.end() && Character.UnicodeScript.of(text.charAt(stop)) == Character.UnicodeScript.HAN
                && "一二三四五六七八九十〇零".indexOf(text.charAt(stop)) < 0) stop++;
        while (stop > i && "讯电".indexOf(text.charAt(stop - 1)) >= 0) stop--;
        if (stop < dateline.end() && text.charAt(stop) == '月') return null;
        int s = -1;
        for (String a : agencies) if (startsWith(text, i, stop, a)) s = i + a.length();
        if (s < 0) {
            for (int k = stop - 1; k > i; k--) {
                if ("社报网台端".indexOf(text.charAt(k - 1)) >= 0) {
                    s = k;
                    break;
                }
            }
        }
        if (s < 0) return null;
        int e = stop;
        while (e > s && "日月".indexOf(text.charAt(e - 1)) >= 0) e--;
        return e - s >= 2 && e - s <= 6 ? new LocalSpan(s, e) : null;
    }

    static int skipMarks(CharSequence text, int i, int end) {
        while (i < end && (text.charAt(i) == '*' || text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) i++;
        return i;
    }

    private static boolean startsWith(CharSequence text, int i, int end, String s) {
        if (i + s.length() > end) return false;
        for (int k = 0; k < s.length(); k++) if (text.charAt(i + k) != s.charAt(k)) return false;
        return true;
    }

    private static boolean isPunct(char c) {
        return c == '，' || c == ',' || c == '。' || c == '、' || c == '(' || c == '（' || c == ':' || c == '：' || c == '“';
    }
}
