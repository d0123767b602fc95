package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of a credit line as typeset: a name of two to four characters (or a dotted one), a
 * two-character name spread with a space (邓 蕾), two names glued together with no space (记者
 * 李婷姜岸松, split where the second surname starts), and the surname test that lets a bare name
 * (张三 李四, with no role word) count as a name at all.
 */
final class CreditNames {
    static final int MAX_NAME = 4;
    static final int MAX_DOTTED_NAME = 12;
    private static final int MIN_GLUED = 5;
    private static final int MAX_GLUED = 6;
    private static final String PLACE_ENDS = "省市区县乡镇村";

    private final Set<String> single = new HashSet<>();
    private final Set<String> compound = new HashSet<>();

    CreditNames() {
        for (String s : ModelFile.lines("names/surnames.txt")) {
            String t = s.strip();
            if (t.codePointCount(0, t.length()) == 1) single.add(t);
            else compound.add(t);
        }
    }

    /** Length in chars of the surname that opens text[i…], 0 when none. */
    int surnameAt(CharSequence text, int i, int end) {
        if (i + 2 <= end && compound.contains(text.subSequence(i, i + 2).toString())) return 2;
        if (i >= end) return 0;
        int n = Character.isHighSurrogate(text.charAt(i)) && i + 1 < end ? 2 : 1;
        return single.contains(text.subSequence(i, i + n).toString()) ? n : 0;
    }

    /**
     * A bare name must look like one: two or three characters opening with a surname, or four
     * opening with a compound surname (欧阳某某), not ending as a place does (某某区, 某某村); 王某致辞
     * is not a name.
     */
    boolean looksLikeName(CharSequence text, LocalSpan s) {
        int len = Character.codePointCount(text, s.start(), s.end()) - (text.subSequence(s.start(), s.end()).toString().contains(" ") ? 1 : 0);
        // a place's suffix ends a place, not a name (南湾区, 高山村)
        if (s.end() > s.start() && PLACE_ENDS.indexOf(text.charAt(s.end() - 1)) >= 0) return false;
        int surname = surnameAt(text, s.start(), s.end());
        return surname > 0 && len >= 2 && (len <= 3 || (len == MAX_NAME && surname == 2 && compound.contains(text.subSequence(s.start(), s.start() + 2).toString())));
    }

    /**
     * A two-character name set with a space (邓 蕾): a one-character run, one space, a one-character
     * run. Returns the end of the second character, or -1.
     */
    static int spacedName(CharSequence text, int i, int runEnd, int end) {
        if (Character.codePointCount(text, i, runEnd) != 1 || runEnd + 1 >= end || text.charAt(runEnd) != ' ') return -1;
        int j = runEnd + 1;
        if (!BylineParser.isNameChar(text.charAt(j))) return -1;
        int k = j + (Character.isHighSurrogate(text.charAt(j)) ? 2 : 1);
        // the second character may carry the photographer's 摄 glued to it (刘 峰摄)
        boolean gluedPhoto = k < end && text.charAt(k) == '摄' && (k + 1 >= end || !BylineParser.isNameChar(text.charAt(k + 1)));
        if (k < end && BylineParser.isNameChar(text.charAt(k)) && !gluedPhoto) return -1;
        return k;
    }

    /**
     * Two names glued together (李婷姜岸松, 段金柱卞军凯): where a run of five or six characters splits
     * into two names that both open with a surname, the split point; -1 otherwise. Three and three,
     * then two and three, then three and two.
     */
    int gluedSplit(CharSequence text, int i, int runEnd) {
        int len = runEnd - i;
        if (len < MIN_GLUED || len > MAX_GLUED || Character.codePointCount(text, i, runEnd) != len) return -1;
        if (surnameAt(text, i, runEnd) == 0) return -1;
        for (int first : List.of(3, 2)) {
            int second = len - first;
            if (second < 2 || second > 3) continue;
            if (surnameAt(text, i + first, runEnd) > 0) return i + first;
        }
        return -1;
    }
}
