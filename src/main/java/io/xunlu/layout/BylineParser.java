package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads credit lines: 记者田野, 本报记者 马兰 高原, (记者 田野 通讯员 高山), □晚报记者 马兰 通讯员
 * 高山 文/图, 记者田野 摄, 田野/文 高山/图, (田野摄影报道), 某某日报记者 马兰, 责任编辑:林青 校对:何静.
 * Each name becomes its own byline. A text is a byline only when it is made of nothing but role
 * words and names, so 记者从市应急管理局获悉 is not one. Names with no role word at all (a trailing
 * (张三 李四), or the (张三) after a wire dateline) are taken only where the caller says the
 * position is a credit's, and only when they open with a surname; they are credited as 作者 and
 * marked generic, as are the names of a meta line's 作者: field.
 */
public final class BylineParser {
    /**
     * A credited person: the output role, where the name stands, and whether the credit is generic
     * (作者 with nothing said of what they did), which yields to a specific role of the same name.
     */
    public record Credit(String role, LocalSpan name, boolean generic) {
        public Credit(String role, LocalSpan name) { this(role, name, false); }
    }

    /** One surface form with what it means before names, after names, or as a labelled field. */
    private record RoleWord(String surface, String before, String after, boolean labelOnly, boolean generic) {}

    private static final String AUTHOR = "作者";
    private static final String PHOTO = "摄影";
    private static final String KEEP = "=";
    /** An outlet's name glued before a reporter role (某某日报记者, 某某网·某某客户端记者) is at most this long. */
    private static final int MAX_OUTLET = 14;

    private final List<RoleWord> roles;
    /** The role words by their first character, longest first: roleAt runs on every line of a page. */
    private final Map<Character, List<RoleWord>> byFirst = new HashMap<>();
    private final CreditNames names = new CreditNames();

    public BylineParser() {
        Map<String, String[]> bySurface = new LinkedHashMap<>();
        for (String[] row : ModelFile.rows("layout/byline-roles.tsv", 3)) {
            String[] w = bySurface.computeIfAbsent(row[0], k -> new String[4]);
            switch (row[2]) {
                case "before" -> w[0] = row[1];
                case "after" -> w[1] = row[1];
                case "label" -> w[2] = row[1];
                case "generic" -> w[3] = row[1];
                default -> throw new IllegalStateException("layout/byline-roles.tsv: unknown use " + row[2]);
            }
        }
        List<RoleWord> r = new ArrayList<>();
        bySurface.forEach((s, w) -> {
            boolean labelOnly = w[0] == null && (w[2] != null || w[3] != null);
            String before = w[0] != null ? w[0] : w[2] != null ? w[2] : w[3];
            r.add(new RoleWord(s, before, w[1], labelOnly, w[3] != null));
        });
        r.sort(Comparator.comparingInt((RoleWord w) -> w.surface.length()).reversed());
        roles = List.copyOf(r);
        for (RoleWord w : roles) byFirst.computeIfAbsent(w.surface.charAt(0), k -> new ArrayList<>()).add(w);
    }

    /** The credits of text[start, end) when the whole range is a credit line, else empty. */
    public Optional<List<Credit>> parse(CharSequence text, int start, int end) {
        return parse(text, start, end, false);
    }

    /**
     * As {@link #parse(CharSequence, int, int)}; with bare true, names without any role word are
     * credited too (as generic 作者), for positions that hold credits: a trailing parenthesis, the
     * parenthesis after a dateline, a line marked □.
     */
    public Optional<List<Credit>> parse(CharSequence text, int start, int end, boolean bare) {
        List<Credit> out = new ArrayList<>();
        String role = null;
        boolean generic = false;
        int pendingFrom = 0; // the names since the last role word start here in out
        boolean bareAllowed = bare;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '□' || c == '■') bareAllowed = true;
            int slash = slashMark(text, i, end);
            if (slash != 0) { // 张三/文, 李四/图, 王五/摄: the names just read did that
                if (out.size() > pendingFrom) {
                    relabel(out, pendingFrom, slash == 1 ? AUTHOR : PHOTO, slash == 1);
                    pendingFrom = out.size();
                }
                i += 2;
                continue;
            }
            if (isSeparator(c)) {
                i++;
                continue;
            }
            if (startsWith(text, i, end, "文/图")) { // after names it says they did both; before names it opens the writers
                if (out.size() == pendingFrom && i + 3 < end && !onlySeparators(text, i + 3, end)) {
                    if (!resolveBare(out, text, bareAllowed)) return Optional.empty();
                    role = AUTHOR;
                    generic = false;
                    pendingFrom = out.size();
                }
                i += 3;
                continue;
            }
            if (c == '文' && i + 1 < end && text.charAt(i + 1) == '/') { // 文/张三: the writer
                if (!resolveBare(out, text, bareAllowed)) return Optional.empty();
                role = AUTHOR;
                generic = false;
                pendingFrom = out.size();
                i += 2;
                continue;
            }
            int[] wEnd = new int[1];
            RoleWord rw = roleAt(text, i, end, wEnd);
            if (rw != null && rw.after != null && out.size() > pendingFrom && boundary(text, wEnd[0], end)) {
                // 记者 甲 通讯员 乙 摄: a 摄 closing the credit says every name in it took the photos
                int from = rw.after.equals(PHOTO) && onlySeparators(text, wEnd[0], end) ? 0 : pendingFrom;
                if (!rw.after.equals(KEEP)) relabel(out, from, rw.after, true);
                pendingFrom = out.size();
                i = wEnd[0];
                continue;
            }
            if (rw != null && rw.before != null && acceptsBefore(rw, text, wEnd[0], end)) {
                if (!resolveBare(out, text, bareAllowed)) return Optional.empty();
                role = rw.before;
                generic = rw.generic;
                pendingFrom = out.size();
                i = wEnd[0];
                continue;
            }
            if (rw == null) {
                int outletRole = outletRole(text, i, end, wEnd);
                if (outletRole >= 0) {
                    if (!resolveBare(out, text, bareAllowed)) return Optional.empty();
                    role = roles.get(outletRole).before;
                    generic = false;
                    pendingFrom = out.size();
                    i = wEnd[0];
                    continue;
                }
            }
            int j = nameRunEnd(text, i, end);
            if (j == i) return Optional.empty();
            // a name glued to a trailing 摄 (记者田野摄): the 摄 is read next, as the word after names
            if (j - i >= 3 && text.charAt(j - 1) == '摄' && boundary(text, j, end)) j--;
            int spaced = CreditNames.spacedName(text, i, j, end);
            LocalSpan name;
            if (spaced > 0) {
                name = new LocalSpan(i, spaced);
                j = spaced;
            } else {
                int glued = role != null ? names.gluedSplit(text, i, j) : -1;
                if (glued > 0) {
                    out.add(new Credit(role, new LocalSpan(i, glued), generic));
                    name = new LocalSpan(glued, j);
                } else {
                    name = new LocalSpan(i, j);
                }
            }
            if (!nameLength(text, name) || notAName(text, name)) return Optional.empty();
            out.add(new Credit(role, name, generic));
            i = j;
        }
        if (!resolveBare(out, text, bareAllowed)) return Optional.empty();
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** A job word where a name would stand (管理员, 网管员): no person. */
    private static boolean notAName(CharSequence text, LocalSpan s) {
        return text.charAt(s.end() - 1) == '员';
    }

    /**
     * The labelled credits of a meta line (来源:某报 作者:张三 李四 编辑:王五 责任编辑:赵六): each
     * role word followed by ":" and the names after it, up to the next label or anything that is not
     * a name.
     */
    public List<Credit> labelled(CharSequence text, int start, int end) {
        List<Credit> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            int[] wEnd = new int[1];
            RoleWord rw = (i == start || !isNameChar(text.charAt(i - 1))) ? roleAt(text, i, end, wEnd) : null;
            // a role word before its names with a space, not a colon (来源:某报 记者 张三, 来源:某报(记者 张三))
            boolean spaced = rw != null && !rw.labelOnly && rw.surface.length() >= 2 && wEnd[0] < end && text.charAt(wEnd[0]) == ' ';
            if (rw == null || rw.before == null || (colonAfter(text, wEnd[0], end) < 0 && !spaced)) {
                i++;
                continue;
            }
            int from = spaced && colonAfter(text, wEnd[0], end) < 0 ? wEnd[0] + 1 : colonAfter(text, wEnd[0], end) + 1;
            int to = from;
            // the names: runs of name characters and separators, up to the next field (a word before a colon)
            while (to < end && (isNameChar(text.charAt(to)) || text.charAt(to) == ' ' || text.charAt(to) == '、' || slashMark(text, to, end) != 0)) {
                if (slashMark(text, to, end) != 0) { // 作者:张三/文 李四/图: the marks say what each did
                    to += 2;
                    continue;
                }
                if (to > from && isNameChar(text.charAt(to)) && !isNameChar(text.charAt(to - 1)) && fieldAt(text, to, end)) break;
                to++;
            }
            int cut = to;
            while (cut > from) {
                Optional<List<Credit>> names = parse(text, from, cut, true);
                if (names.isPresent()) {
                    // a generic field (作者:) yields to what a slash mark says each did (张三/文 李四/图)
                    for (Credit c : names.get()) {
                        boolean marked = rw.generic && !c.generic();
                        out.add(marked ? c : new Credit(rw.before, c.name(), rw.generic));
                    }
                    break;
                }
                int sp = lastSeparator(text, from, cut);
                if (sp <= from) break;
                cut = sp;
            }
            i = Math.max(to, i + 1);
        }
        return out;
    }

    /** A field label starts at i: a run of name characters followed by a colon (时间:, 编辑:). */
    private static boolean fieldAt(CharSequence text, int i, int end) {
        int j = i;
        while (j < end && isNameChar(text.charAt(j))) j++;
        return colonAfter(text, j, end) >= 0;
    }

    /** Where a name run starting at i ends: name characters, stopping before a role word of two or more. */
    private int nameRunEnd(CharSequence text, int i, int end) {
        int j = i;
        while (j < end && isNameChar(text.charAt(j)) && !(j >= i + 2 && startsLongRole(text, j, end))) j++;
        return j;
    }

    private static boolean nameLength(CharSequence text, LocalSpan s) {
        boolean dotted = false;
        for (int k = s.start(); k < s.end(); k++) if (text.charAt(k) == '·' || text.charAt(k) == '•') dotted = true;
        int len = Character.codePointCount(text, s.start(), s.end()) - (text.subSequence(s.start(), s.end()).toString().contains(" ") ? 1 : 0);
        return len >= 2 && len <= (dotted ? CreditNames.MAX_DOTTED_NAME : CreditNames.MAX_NAME);
    }

    /**
     * Names read with no role word: generic 作者 where bare names are allowed and each looks like a
     * name (opens with a surname), else the text is no credit.
     */
    private boolean resolveBare(List<Credit> out, CharSequence text, boolean bareAllowed) {
        for (int k = 0; k < out.size(); k++) { // from the start: a word after names (报道) may have kept them bare
            if (out.get(k).role() != null) continue;
            if (!bareAllowed || !names.looksLikeName(text, out.get(k).name())) return false;
            out.set(k, new Credit(AUTHOR, out.get(k).name(), true));
        }
        return true;
    }

    /** Gives the names from index from their role; a role already given stays where keepGiven. */
    private static void relabel(List<Credit> out, int from, String role, boolean onlyBare) {
        for (int k = from; k < out.size(); k++) {
            Credit c = out.get(k);
            boolean given = c.role() != null && !c.generic();
            if (role.equals(PHOTO) || !given || !onlyBare) out.set(k, new Credit(role, c.name(), false));
        }
    }

    private static boolean onlySeparators(CharSequence text, int from, int end) {
        for (int k = from; k < end; k++) if (!isSeparator(text.charAt(k))) return false;
        return true;
    }

    /** "/文" → 1, "/图" or "/摄" → 2, when followed by a boundary; 0 otherwise. */
    private static int slashMark(CharSequence text, int i, int end) {
        if (text.charAt(i) != '/' || i + 1 >= end || !boundary(text, i + 2, end)) return 0;
        char m = text.charAt(i + 1);
        return m == '文' ? 1 : (m == '图' || m == '摄') ? 2 : 0;
    }

    /** A label-only word needs its colon; a one-character role (摄, 图) its slash or colon. */
    private static boolean acceptsBefore(RoleWord rw, CharSequence text, int wEnd, int end) {
        // a label takes its colon, or the bar some pages set instead (文|记者 某某)
        if (rw.labelOnly) return colonAfter(text, wEnd, end) >= 0 || (wEnd < end && (text.charAt(wEnd) == '|' || text.charAt(wEnd) == BAR));
        if (rw.surface.length() == 1) return wEnd < end && (text.charAt(wEnd) == '/' || text.charAt(wEnd) == ':');
        return true;
    }

    /** The index of the ":" after optional spaces at i, or -1. */
    private static int colonAfter(CharSequence text, int i, int end) {
        while (i < end && text.charAt(i) == ' ') i++;
        return i < end && (text.charAt(i) == ':' || text.charAt(i) == '：') ? i : -1;
    }

    private static int lastSeparator(CharSequence text, int from, int to) {
        for (int k = to - 1; k > from; k--) if (text.charAt(k) == ' ' || text.charAt(k) == '、') return k;
        return -1;
    }

    /**
     * A reporter role with the outlet's name glued before it (某某日报记者, 某某网·某某
     * 客户端记者, 某某日报社全媒体首席记者): returns the index of the role word, its end in wEnd.
     */
    private int outletRole(CharSequence text, int i, int end, int[] wEnd) {
        int limit = Math.min(end, i + MAX_OUTLET + 4);
        for (int k = i + 2; k < limit; k++) {
            char c = text.charAt(k - 1);
            if (!isNameChar(c) && c != '+' && c != '-') return -1; // 某某-某某日报记者: a brand and its paper
            int[] e = new int[1];
            RoleWord w = roleAt(text, k, end, e);
            if (w != null && !w.labelOnly && w.surface.endsWith("记者") && k - i <= MAX_OUTLET) {
                wEnd[0] = e[0];
                return roles.indexOf(w);
            }
        }
        return -1;
    }

    /** A role word of two or more characters starts at i: the name before it has ended. */
    private boolean startsLongRole(CharSequence text, int i, int end) {
        RoleWord w = roleAt(text, i, end, new int[1]);
        return w != null && w.surface.length() >= 2;
    }

    /**
     * The longest role word at i; a two-character word may be set with a space between its
     * characters (编 辑, 责 编). Its end goes to wEnd[0].
     */
    private RoleWord roleAt(CharSequence text, int i, int end, int[] wEnd) {
        if (i >= end) return null;
        List<RoleWord> candidates = byFirst.get(text.charAt(i));
        if (candidates == null) return null;
        for (RoleWord w : candidates) {
            int n = w.surface.length();
            if (i + n <= end && startsWith(text, i, end, w.surface)) {
                wEnd[0] = i + n;
                return w;
            }
            if (n == 2 && i + 3 <= end && text.charAt(i) == w.surface.charAt(0) && text.charAt(i + 1) == ' '
                    && text.charAt(i + 2) == w.surface.charAt(1)) {
                wEnd[0] = i + 3;
                return w;
            }
        }
        return null;
    }

    /** The end of a credit or the start of something that is not a name (a separator, the range end). */
    private static boolean boundary(CharSequence text, int i, int end) {
        return i >= end || isSeparator(text.charAt(i)) || !isNameChar(text.charAt(i));
    }

    private static boolean startsWith(CharSequence text, int at, int end, String word) {
        if (at + word.length() > end) return false;
        for (int k = 0; k < word.length(); k++) if (text.charAt(at + k) != word.charAt(k)) return false;
        return true;
    }

    static boolean isSeparator(char c) {
        return c == ' ' || c == '\u3000' || c == '、' || c == ':' || c == '：' || c == '(' || c == ')'
                || c == '（' || c == '）' || c == '□' || c == '■' || c == '●' || c == '◆' || c == '/' || c == '|'
                || c == '【' || c == '】' || c == '[' || c == ']' || c == '*' || c == ',' || c == '，'
                || c == BAR || c == '▌' || c == '▍' || c == '│';
    }

    /** 丨, the ideograph pages set as a bar (作者丨张三): a separator, never part of a name. */
    private static final char BAR = '丨';

    static boolean isNameChar(char c) {
        return ((c >= 0x4E00 && c <= 0x9FFF) && c != BAR) || (c >= 0x3400 && c <= 0x4DBF) || Character.isSurrogate(c)
                || c == '·' || c == '•' || (c >= 0xF900 && c <= 0xFAFF);
    }
}
