package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads credit lines: 记者田野, 本报记者 马兰 高原, (记者 田野 通讯员 高山), □晚报记者 马兰 通讯员
 * 高山 文/图, 记者田野 摄, 责任编辑:林青 校对:何静. Each name becomes its own byline. A text is a byline
 * only when it is made of nothing but role words and names, so 记者从市应急管理局获悉 is not one.
 */
public final class BylineParser {
    /** A credited person: the output role and where the name stands. */
    public record Credit(String role, LocalSpan name) {}

    private record RoleWord(String surface, String role) {}

    private static final int MAX_NAME = 4;
    private static final int MAX_DOTTED_NAME = 12;

    private final List<RoleWord> roles;

    public BylineParser() {
        List<RoleWord> r = new ArrayList<>();
        for (String[] row : ModelFile.rows("layout/byline-roles.tsv")) r.add(new RoleWord(row[0], row[1]));
        r.sort(Comparator.comparingInt((RoleWord w) -> w.surface.length()).reversed());
        roles = List.copyOf(r);
    }

    /** The credits of text[start, end) when the whole range is a credit line, else empty. */
    public Optional<List<Credit>> parse(CharSequence text, int start, int end) {
        int i = start;
        List<Credit> out = new ArrayList<>();
        String role = null;
        int namesForRole = 0;
        boolean sawRole = false;
        while (i < end) {
            char c = text.charAt(i);
            if (isSeparator(c)) {
                i++;
                continue;
            }
            if (i + 3 <= end && text.subSequence(i, i + 3).toString().equals("文/图")) {
                i += 3;
                continue;
            }
            RoleWord rw = roleAt(text, i, end);
            if (rw != null) {
                // a lone 摄/图 after names re-labels them as the photographers
                if ((rw.surface.equals("摄") || rw.surface.equals("图")) && namesForRole > 0 && isTail(text, i + 1, end)) {
                    relabelLast(out, namesForRole, "摄影");
                    i += rw.surface.length();
                    continue;
                }
                if ((rw.surface.equals("摄") || rw.surface.equals("图")) && !sawRole) return Optional.empty();
                role = rw.role;
                sawRole = true;
                namesForRole = 0;
                i += rw.surface.length();
                continue;
            }
            if (role == null) return Optional.empty();
            int j = i;
            boolean dotted = false;
            while (j < end && isNameChar(text.charAt(j)) && !(j >= i + 2 && startsLongRole(text, j, end))) {
                if (text.charAt(j) == '·' || text.charAt(j) == '•') dotted = true;
                j++;
            }
            int len = Character.codePointCount(text, i, j);
            if (j == i || len < 2 || len > (dotted ? MAX_DOTTED_NAME : MAX_NAME)) {
                // a name glued to a trailing 摄 (记者田野摄)
                if (j > i && text.charAt(j - 1) == '摄' && len - 1 >= 2 && len - 1 <= MAX_NAME && j == end) {
                    out.add(new Credit("摄影", new LocalSpan(i, j - 1)));
                    return Optional.of(out);
                }
                return Optional.empty();
            }
            out.add(new Credit(role, new LocalSpan(i, j)));
            namesForRole++;
            i = j;
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** A role word of two or more characters starts at i: the name before it has ended. */
    private boolean startsLongRole(CharSequence text, int i, int end) {
        RoleWord w = roleAt(text, i, end);
        return w != null && w.surface.length() >= 2;
    }

    private static boolean isTail(CharSequence text, int from, int end) {
        for (int k = from; k < end; k++) if (!isSeparator(text.charAt(k))) return false;
        return true;
    }

    private static void relabelLast(List<Credit> out, int n, String role) {
        for (int k = out.size() - n; k < out.size(); k++) out.set(k, new Credit(role, out.get(k).name()));
    }

    private RoleWord roleAt(CharSequence text, int i, int end) {
        for (RoleWord w : roles) {
            int n = w.surface.length();
            if (i + n <= end && startsWith(text, i, w.surface)) return w;
        }
        return null;
    }

    private static boolean startsWith(CharSequence text, int at, String word) {
        for (int k = 0; k < word.length(); k++) if (text.charAt(at + k) != word.charAt(k)) return false;
        return true;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\u3000' || c == '、' || c == ':' || c == '：' || c == '(' || c == ')'
                || c == '（' || c == '）' || c == '□' || c == '■' || c == '●' || c == '◆' || c == '/' || c == '|'
                || c == '【' || c == '】' || c == '[' || c == ']' || c == '*' || c == ',' || c == '，';
    }

    static boolean isNameChar(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || Character.isSurrogate(c)
                || c == '·' || c == '•' || (c >= 0xF900 && c <= 0xFAFF);
    }
}
