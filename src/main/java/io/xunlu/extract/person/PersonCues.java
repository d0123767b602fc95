package io.xunlu.extract.person;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.PhraseStart;
import io.xunlu.extract.name.NameRecognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Named people the text gives no role: a name and 同志 (关于李某同志任职的决定; 同志 is no title), a
 * name heading a counted group (授予许某等999名同志), and a list of three or more names standing
 * alone as a clause's subject (A、B、C在主席台就座). Officials among them are claimed by the
 * official rules first.
 */
final class PersonCues {
    private static final int MIN_BARE_LIST = 3;
    private static final int MAX_LIST = 40;

    private final NameRecognizer names;

    PersonCues(NameRecognizer names) {
        this.names = names;
    }

    List<PersonFinding> extract(String text, TokenIndex tokens) {
        List<PersonFinding> out = new ArrayList<>();
        for (int i = text.indexOf("同志"); i >= 0; i = text.indexOf("同志", i + 2)) {
            names.nameEndingAt(text, tokens, i).ifPresent(n -> out.add(roleless(n, "person.name+同志")));
        }
        for (int i = text.indexOf('等'); i >= 0; i = text.indexOf('等', i + 1)) {
            if (countFollows(text, i + 1)) names.nameEndingAt(text, tokens, i).ifPresent(n -> out.add(roleless(n, "person.name+count")));
        }
        bareLists(text, tokens, out);
        return out;
    }

    private static PersonFinding roleless(LocalSpan name, String rule) {
        return new PersonFinding(name, null, rule);
    }

    /** 等999名, 等3位: a numeral and a measure word for people follow. */
    private static boolean countFollows(String text, int i) {
        int k = i;
        while (k < text.length() && isNumeral(text.charAt(k))) k++;
        if (k == i || k >= text.length()) return false;
        if (text.charAt(k) == '余' || text.charAt(k) == '多') k++;
        return k < text.length() && (text.charAt(k) == '名' || text.charAt(k) == '位' || text.charAt(k) == '人');
    }

    private static boolean isNumeral(char c) {
        return Character.isDigit(c) || "一二三四五六七八九十百千两".indexOf(c) >= 0;
    }

    /**
     * A clause that opens with three or more names joined by 、 (after a boundary or at a line's
     * start), each one a person HanLP knows or a surname and given name, and goes on with a verb.
     */
    private void bareLists(String text, TokenIndex tokens, List<PersonFinding> out) {
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && (!PhraseStart.isBoundary(text.charAt(i - 1)) || isOpening(text.charAt(i - 1)))) continue; // （A、B、C）: a credit
            if (names.surnameAt(text, i) == 0) continue;
            List<LocalSpan> list = new ArrayList<>();
            int at = i;
            while (list.size() < MAX_LIST) {
                Optional<LocalSpan> n = listedName(text, tokens, at);
                if (n.isEmpty()) break;
                list.add(n.get());
                at = n.get().end();
                if (at + 1 < text.length() && text.charAt(at) == '、') at++;
                else break;
            }
            // the list is the clause's subject: a verb or follower word goes on right after it (在主席台就座,
            // 参加活动); a list closed by punctuation or a bracket is a credit or a caption (（记者 A、B、C）)
            boolean closed = at < text.length() && list.size() >= MIN_BARE_LIST && list.get(list.size() - 1).end() == at
                    && NameRecognizer.isNameChar(text, at) && (names.startsFollowerWord(text, at) || verbAt(tokens, at))
                    && !insideBrackets(text, i);
            if (closed) {
                for (LocalSpan n : list) out.add(roleless(n, "person.name_list"));
                i = at;
            }
        }
    }

    private static boolean verbAt(TokenIndex tokens, int i) {
        Token t = tokens.at(i);
        return t != null && t.start() == i && (t.tag().startsWith("v") || t.tag().startsWith("p"));
    }

    /** An opening bracket stands before i on the same line with no closing one after it. */
    static boolean insideBrackets(String text, int i) {
        for (int k = i - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
            char c = text.charAt(k);
            if (c == ')' || c == '）' || c == ']' || c == '】') return false;
            if (isOpening(c)) return true;
        }
        return false;
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '（' || c == '[' || c == '【';
    }

    /** A listed name: a person token of HanLP's, or a surname and given name that is no other single word (江苏/ns). */
    private Optional<LocalSpan> listedName(String text, TokenIndex tokens, int at) {
        if (names.surnameAt(text, at) == 0) return Optional.empty();
        Optional<LocalSpan> n = names.nameAt(text, at, tokens, false);
        if (n.isEmpty()) return n;
        Token t = tokens.at(at);
        boolean oneToken = t != null && t.start() == at && t.end() == n.get().end();
        if (oneToken && !t.tag().startsWith("nr")) return Optional.empty();
        return n;
    }
}
