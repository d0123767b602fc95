package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the dateline that opens an item's first paragraph: a short source name ending in 讯
 * (本报讯, 晚报讯, 本网讯, 河洛网讯) or a wire dateline (新华社昆明5月6日电), bold or not.
 */
public final class DatelineMatcher {
    private static final int MAX_SOURCE_NAME = 8;
    private static final int MAX_WIRE = 20;

    private final List<String> suffixes = new ArrayList<>();
    private final List<String> agencies = new ArrayList<>();

    public DatelineMatcher() {
        for (String[] row : ModelFile.rows("layout/datelines.tsv")) {
            if (row[0].equals("suffix")) suffixes.add(row[1]);
            else if (row[0].equals("agency")) agencies.add(row[1]);
        }
    }

    /** The dateline at text[from…] (after spaces and ** marks), or empty. */
    public Optional<LocalSpan> match(CharSequence text, int from, int end) {
        int i = skipMarks(text, from, end);
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
        int limit = Math.min(end, i + MAX_SOURCE_NAME + 2);
        for (int j = i + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (isPunct(c) || c == ' ') break;
            for (String s : suffixes) {
                if (startsWith(text, j, end, s) && looksLikeSourceName(text, i, j)) {
                    return Optional.of(new LocalSpan(i, j + s.length()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The place a wire dateline was filed from (新华社里斯本3月2日电 → 里斯本): the name between the
     * agency and the date, or null when the dateline has none.
     */
    public LocalSpan wirePlace(CharSequence text, LocalSpan dateline) {
        int i = skipMarks(text, dateline.start(), dateline.end());
        for (String a : agencies) {
            if (!startsWith(text, i, dateline.end(), a)) continue;
            int s = i + a.length(), e = s;
            while (e < dateline.end() && Character.UnicodeScript.of(text.charAt(e)) == Character.UnicodeScript.HAN
                    && "一二三四五六七八九十〇零月日电".indexOf(text.charAt(e)) < 0) e++;
            boolean dated = e < dateline.end() && (Character.isDigit(text.charAt(e)) || "一二三四五六七八九十".indexOf(text.charAt(e)) >= 0);
            return dated && e - s >= 2 && e - s <= 6 ? new LocalSpan(s, e) : null;
        }
        return null;
    }

    /** 本报, 晚报, 本网, 河洛网, 新华网: a short name of a paper, site or station. */
    private static boolean looksLikeSourceName(CharSequence text, int start, int end) {
        if (end - start < 1 || end - start > MAX_SOURCE_NAME) return false;
        char last = text.charAt(end - 1);
        return last == '报' || last == '网' || last == '台' || last == '刊' || last == '社' || last == '端'
                || (end - start == 1 && last == '本');
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
