package io.xunlu.extract.org;

import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The outlets a news item credits: the source field of a web page's meta line (来源:某某日报,
 * 信息来源:某县融媒体中心, 来源:某某网-某某报), the name before 讯 that opens an item (某某网讯, 某某融媒讯)
 * and the agency of a wire dateline (新华社某地3月2日电). An outlet so credited is an organization
 * of the item; a paper's own self-reference (本报讯, 本网讯) names none. Cue words and self-references
 * are in models/orgs/media-cues.tsv. Immutable, thread-safe.
 */
public final class MediaCredits {
    private static final int MAX_NAME = 20;
    private static final int MAX_DATELINE_NAME = 14;

    private final List<String> sourceCues = new ArrayList<>();
    private final List<String> nameStops = new ArrayList<>();
    private final List<String> selfReferences = new ArrayList<>();
    private final List<String> outletEnds = new ArrayList<>();
    private final List<String> trailers = new ArrayList<>();

    private final List<String> agencies = new ArrayList<>();
    private final List<String> agencyCues = new ArrayList<>();

    public MediaCredits() {
        for (String[] row : ModelFile.rows("layout/datelines.tsv", 2)) if (row[0].equals("agency")) agencies.add(row[1]);
        for (String[] row : ModelFile.rows("orgs/media-cues.tsv", 2)) {
            switch (row[0]) {
                case "source" -> sourceCues.add(row[1]);
                case "stop" -> nameStops.add(row[1]);
                case "self" -> selfReferences.add(row[1]);
                case "outlet-end" -> outletEnds.add(row[1]);
                case "trailer" -> trailers.add(row[1]);
                case "agency-cue" -> agencyCues.add(row[1]);
                default -> throw new IllegalStateException("orgs/media-cues.tsv: unknown kind " + row[0]);
            }
        }
        sourceCues.sort((a, b) -> b.length() - a.length());
    }

    /**
     * A wire agency the body names as a source (新华社消息, 新华社记者某某发表了): the agencies of
     * layout/datelines.tsv followed by a cue word. The agency opening a wire dateline is not one.
     */
    public List<LocalSpan> agenciesCited(CharSequence text) {
        List<LocalSpan> out = new ArrayList<>();
        String t = text.toString();
        for (String a : agencies) {
            for (int k = t.indexOf(a); k >= 0; k = t.indexOf(a, k + a.length())) {
                int e = k + a.length();
                for (String c : agencyCues) if (t.startsWith(c, e)) {
                    out.add(new LocalSpan(k, e));
                    break;
                }
            }
        }
        return out;
    }

    /** Outlets named in source fields (来源:X) within [from, to) of text. */
    public List<LocalSpan> inSourceFields(CharSequence text, int from, int to) {
        List<LocalSpan> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String cue = cueAt(text, i, to);
            // a meta field opens a line or follows a space, a bar or a bracket; 资金来源:… is a sentence
            if (cue == null || i > 0 && Character.UnicodeScript.of(text.charAt(i - 1)) == Character.UnicodeScript.HAN) continue;
            int k = i + cue.length();
            while (k < to && text.charAt(k) == ' ') k++;
            if (k >= to || (text.charAt(k) != ':' && text.charAt(k) != '：')) continue;
            k++;
            while (k < to && text.charAt(k) == ' ') k++;
            int e = nameEnd(text, k, to);
            addOutlets(text, k, e, out);
            i = Math.max(i, e - 1);
        }
        return out;
    }

    /**
     * The outlet a dateline credits: the name before 讯 or 消息 (某某网讯, 某某新闻网8月5日讯), or null for
     * a self-reference (本报讯, 本报某地讯), a wire dateline (新华社某地3月2日电: wirePlace is its place)
     * or a dateline without a name.
     */
    public LocalSpan inDateline(CharSequence text, LocalSpan dateline, LocalSpan wirePlace) {
        int s = dateline.start();
        int e = dateline.end();
        while (s < e && (text.charAt(s) == ' ' || text.charAt(s) == '*' || text.charAt(s) == '【' || text.charAt(s) == '[')) s++;
        // a wire dateline (新华社某地3月2日电) files copy; the golds credit no agency there, only the place
        if (wirePlace != null || e > s && text.charAt(e - 1) == '电') return null;
        e = withoutDate(text, s, datelineHead(text, s, e));
        while (e > s && (text.charAt(e - 1) == '】' || text.charAt(e - 1) == ']' || text.charAt(e - 1) == ' ')) e--;
        return nameOk(text, s, e, MAX_DATELINE_NAME) ? new LocalSpan(s, e) : null;
    }

    /**
     * A dateline the layout left in the text: a line opening with a short name and 讯 (某某融媒讯 为…,
     * 【某某网】讯:…). The name's span, or null.
     */
    public LocalSpan atLineStart(CharSequence text, int lineStart) {
        int s = lineStart;
        int n = text.length();
        while (s < n && (text.charAt(s) == ' ' || text.charAt(s) == '【' || text.charAt(s) == '[')) s++;
        for (int k = s + 2; k < Math.min(n, s + MAX_DATELINE_NAME + 3); k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '，' || c == ',' || c == '。' || c == '(' || c == '（') return null;
            if (c != '讯') continue;
            int after = k + 1;
            if (after < n && !(Character.isWhitespace(text.charAt(after)) || ":：(（ ".indexOf(text.charAt(after)) >= 0
                    || Character.isDigit(text.charAt(after)))) return null;
            int e = withoutDate(text, s, k);
            while (e > s && (text.charAt(e - 1) == '】' || text.charAt(e - 1) == ']')) e--;
            return nameOk(text, s, e, MAX_DATELINE_NAME) ? new LocalSpan(s, e) : null;
        }
        return null;
    }

    /**
     * Outlets named on a meta line just before the publication date (某某日报 2019-05-20 09:09, 作者
     * 某某日报·某某客户端 2020-06-30): a name ending as outlets end, then spaces, then a date.
     */
    public List<LocalSpan> beforeDates(CharSequence text, int from, int to) {
        List<LocalSpan> out = new ArrayList<>();
        for (int i = from; i + 10 <= to; i++) {
            if (!isDate(text, i, to) || i == from || text.charAt(i - 1) != ' ') continue;
            int e = i;
            while (e > from && text.charAt(e - 1) == ' ') e--;
            int s = e;
            while (s > from && e - s < MAX_NAME && !Character.isWhitespace(text.charAt(s - 1)) && ":：|".indexOf(text.charAt(s - 1)) < 0) s--;
            if (s < e && endsOutlet(text, s, e) && nameOk(text, s, e, MAX_NAME)) out.add(new LocalSpan(s, e));
        }
        return out;
    }

    /** 2019-05-20 or 2019/5/20 or 2019年5月20日 at i. */
    private static boolean isDate(CharSequence text, int i, int to) {
        for (int k = i; k < i + 4; k++) if (!Character.isDigit(text.charAt(k))) return false;
        char sep = text.charAt(i + 4);
        return (sep == '-' || sep == '/' || sep == '年') && i + 5 < to && Character.isDigit(text.charAt(i + 5));
    }

    private String cueAt(CharSequence text, int i, int to) {
        for (String c : sourceCues) if (startsWith(text, i, to, c)) return c;
        return null;
    }

    /** The source field's name runs to a space, a bar, a bracket, a date or the next field's label. */
    private int nameEnd(CharSequence text, int k, int to) {
        int e = k;
        while (e < to && e - k < MAX_NAME + 2) {
            char c = text.charAt(e);
            if (Character.isWhitespace(c) || "|｜]】)）,，;；。".indexOf(c) >= 0 || Character.isDigit(c)) break;
            boolean stop = false;
            for (String w : nameStops) if (startsWith(text, e, to, w)) stop = true;
            if (stop) break;
            e++;
        }
        return e;
    }

    /** 某某网-某某报 lists two outlets; 某某网-某某频道 is one outlet's channel, one name. */
    private void addOutlets(CharSequence text, int s, int e, List<LocalSpan> out) {
        e = withoutTrailer(text, s, e);
        for (int k = s + 2; k < e - 2; k++) {
            char c = text.charAt(k);
            if ((c == '-' || c == '—' || c == '－') && endsOutlet(text, s, k) && endsOutlet(text, k + 1, e)) {
                if (nameOk(text, s, k, MAX_NAME)) out.add(new LocalSpan(s, k));
                if (nameOk(text, k + 1, e, MAX_NAME)) out.add(new LocalSpan(k + 1, e));
                return;
            }
        }
        if (nameOk(text, s, e, MAX_NAME)) out.add(new LocalSpan(s, e));
    }

    private boolean endsOutlet(CharSequence text, int s, int e) {
        for (String w : outletEnds) if (e - s > w.length() && startsWith(text, e - w.length(), e, w)) return true;
        return false;
    }

    /** 某某网综合: a word saying how the copy was put together is no part of the outlet's name. */
    private int withoutTrailer(CharSequence text, int s, int e) {
        for (String w : trailers) if (e - s > w.length() + 1 && startsWith(text, e - w.length(), e, w)) return e - w.length();
        return e;
    }

    private boolean nameOk(CharSequence text, int s, int e, int max) {
        if (e - s < 2 || e - s > max) return false;
        int han = 0;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) han++;
            else if (!(c == '-' || c == '+' || c == '·' || Character.isLetter(c))) return false;
        }
        if (han < 2) return false;
        for (String w : selfReferences) if (startsWith(text, s, e, w)) return false; // 本报, 本报某地
        return true;
    }

    /** Where 讯 or 消息 closes a dateline's name. */
    private static int datelineHead(CharSequence text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (text.charAt(k) == '讯') return k;
            if (k + 1 < e && text.charAt(k) == '消' && text.charAt(k + 1) == '息') return k;
        }
        return e;
    }

    /** 某某新闻网8月5日讯: the date before 讯 is no part of the name. */
    private static int withoutDate(CharSequence text, int s, int e) {
        int k = firstFigure(text, s, e);
        return k < e ? k : e;
    }

    private static int firstFigure(CharSequence text, int s, int e) {
        for (int k = s; k < e; k++) if (Character.isDigit(text.charAt(k))) return k;
        return e;
    }

    private static boolean startsWith(CharSequence text, int i, int to, String w) {
        if (i + w.length() > to) return false;
        for (int k = 0; k < w.length(); k++) if (text.charAt(i + k) != w.charAt(k)) return false;
        return true;
    }
}
