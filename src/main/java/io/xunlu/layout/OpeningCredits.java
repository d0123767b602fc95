package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.List;
import java.util.Optional;

/**
 * Credits right after a dateline, before the lead's text: (记者 田野 通讯员 高山), 【记者 田野】, 记者田野、通讯员
 * 高山报道:, 通讯员高山 近日…, 记者田野从市统计局获悉…. Names with no role word count inside the
 * parenthesis ((张三), as wire copy credits its writer) and before 报道 (张三 记者李四报道:).
 */
final class OpeningCredits {
    private static final int MAX_PARENTHESIS = 60;
    private static final int MAX_INLINE = 40;
    private static final int MAX_SPACED = 24;
    /** The longest role word with its outlet (全媒体记者) that a name follows in a lead. */
    private static final int MAX_ROLE = 6;
    private static final List<String> FOLLOWERS = ModelFile.lines("layout/credit-followers.txt");

    private final BylineParser bylines;
    private final CreditNames names = new CreditNames();
    private final String text;

    OpeningCredits(BylineParser bylines, String text) {
        this.bylines = bylines;
        this.text = text;
    }

    /** Adds the credits that open text[at, end) to out; returns where the lead's text starts. */
    int read(List<BylineParser.Credit> out, int at, int end) {
        if (at >= end) return at;
        char c = text.charAt(at);
        if (c == '(' || c == '（' || c == '【') return parenthesis(out, at, end);
        int reported = reported(out, at, end);
        if (reported > at) return reported;
        int spaced = spaced(out, at, end);
        if (spaced > at) return spaced;
        return followed(out, at, end);
    }

    private int parenthesis(List<BylineParser.Credit> out, int at, int end) {
        int close = -1;
        for (int k = at + 1; k < Math.min(end, at + MAX_PARENTHESIS); k++) {
            char c = text.charAt(k);
            if (c == ')' || c == '）' || c == '】') {
                close = k;
                break;
            }
        }
        if (close < 0) return at;
        Optional<List<BylineParser.Credit>> credits = bylines.parse(text, at + 1, close, true);
        if (credits.isEmpty()) return at;
        out.addAll(credits.get());
        return DatelineMatcher.afterDateline(text, close + 1, end);
    }

    /** 记者田野、通讯员高山报道: — the credits run to 报道. */
    private int reported(List<BylineParser.Credit> out, int at, int end) {
        int k = at;
        int limit = Math.min(end, at + MAX_INLINE + 2);
        while (k + 2 <= limit && !text.startsWith("报道", k)) k++;
        if (k + 2 > limit) return at;
        int after = k + 2;
        if (after < end && ":： ),，".indexOf(text.charAt(after)) < 0) return at;
        Optional<List<BylineParser.Credit>> credits = bylines.parse(text, at, after, true);
        if (credits.isEmpty()) return at;
        out.addAll(credits.get());
        return DatelineMatcher.afterDateline(text, after, end);
    }

    /** 通讯员高山 近日…: a role word and names, ended by a space; the longest such run. */
    private int spaced(List<BylineParser.Credit> out, int at, int end) {
        List<BylineParser.Credit> best = null;
        int bestEnd = at;
        for (int k = at + 1; k < Math.min(end, at + MAX_SPACED); k++) {
            if (text.charAt(k) != ' ') continue;
            Optional<List<BylineParser.Credit>> credits = bylines.parse(text, at, k);
            if (credits.isPresent()) {
                best = credits.get();
                bestEnd = k;
            }
        }
        if (best == null) return at;
        out.addAll(best);
        return DatelineMatcher.afterDateline(text, bestEnd, end);
    }

    /**
     * 记者田野从市统计局获悉…: a role word, a name of two or three characters opening with a surname,
     * and a follower word, the role word being whatever parses as a credit with that name after it.
     */
    private int followed(List<BylineParser.Credit> out, int at, int end) {
        for (int len = 3; len >= 2; len--) {
            for (int r = at + 2; r <= Math.min(end, at + MAX_ROLE); r++) {
                int e = r + len;
                if (e > end || names.surnameAt(text, r, e) == 0 || !follows(e, end)) continue;
                Optional<List<BylineParser.Credit>> credits = bylines.parse(text, at, e);
                if (credits.isPresent() && credits.get().size() == 1 && credits.get().get(0).name().equals(new LocalSpan(r, e))) {
                    out.addAll(credits.get());
                    return e;
                }
            }
        }
        return at;
    }

    private boolean follows(int i, int end) {
        for (String w : FOLLOWERS) if (text.startsWith(w, i) && i + w.length() <= end) return true;
        return false;
    }
}
