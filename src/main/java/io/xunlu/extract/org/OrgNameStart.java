package io.xunlu.extract.org;

import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.PhraseStart;
import io.xunlu.extract.official.TitleGrammar;
import io.xunlu.extract.place.Gazetteer;
import java.util.List;

/**
 * Where an organization's name begins, given where its head word (局, 集团, 大队) begins: the noun
 * phrase before the head as {@link PhraseStart} finds it, then corrected for what news copy glues to
 * names (a figure, a preposition or verb inside HanLP's organization token, a second body written
 * without a stop) and widened where a name holds a parenthesis or a 和 of its own.
 */
final class OrgNameStart {
    private static final int MAX_NAME = 30;
    private static final int MAX_FIELD = 9;
    /** Heads of bodies a level word may follow without a stop (市委市政府). */
    static final String BODY_ENDS = "委府局办厅";
    private static final String ORG_HEAD_ENDS = "委府局办厅部院会司团社所队行";
    private static final String GLUE = "以从在向由与和对将为及同比暨把被给据经";
    private static final List<String> NAMED_OPENERS = List.of("自治区", "自治州", "中共", "中央", "国家", "国务院", "党中央",
            "高新区", "经开区", "开发区", "新区");
    /** Words that say what kind of body follows, no part of its name (隐患单位某某公司, 子公司某某公司). */
    private static final List<String> CLASS_WORDS = List.of("单位", "子公司", "母公司", "企业", "机构");

    private final PhraseStart phrases;
    private final TitleGrammar grammar;

    OrgNameStart(PhraseStart phrases, TitleGrammar grammar) {
        this.phrases = phrases;
        this.grammar = grammar;
    }

    /** The start of the name whose head begins at headStart; verbs end a state body's phrase, not a firm's. */
    int before(String text, TokenIndex tokens, int headStart, boolean firm, boolean state) {
        int s = withParenthetical(text, tokens, phrases.startBefore(text, tokens, headStart, MAX_NAME, !firm));
        s = afterFigures(text, headStart, s);
        s = afterJoinedBody(text, s, headStart);
        s = trimGlued(text, headStart, s);
        return acrossAnd(text, tokens, headStart, state, s);
    }

    /** 市委, 团县委, 自治区党委: a level word opens the body's name. */
    boolean leveled(String name) {
        char first = name.charAt(0);
        return grammar.isLevel(first) || first == '团' || name.startsWith("自治区") || name.startsWith("自治州");
    }

    /** 发行15亿元公司债券: a figure ends what precedes it; no name runs across an amount. */
    private static int afterFigures(String text, int headStart, int start) {
        int s = start;
        for (int k = start; k < headStart; k++) {
            if (Character.isDigit(text.charAt(k)) && k + 1 < headStart && "亿万元千百%".indexOf(text.charAt(k + 1)) >= 0) {
                s = k + 1;
                while (s < headStart && "亿万元千百%".indexOf(text.charAt(s)) >= 0) s++;
                k = s - 1;
            }
        }
        return s;
    }

    /**
     * 市粮食和物资储备局, 某县自然资源和规划局, 自治区文化和旅游厅: a department named after two fields
     * joined by 和 is one name. The phrase stopped at 和; the field before it (no body's head of its
     * own, so not a list such as 市委和市政府) belongs to the name.
     */
    private int acrossAnd(String text, TokenIndex tokens, int headStart, boolean state, int start) {
        if (!state || start < 3 || text.charAt(start - 1) != '和' || start >= headStart) return start;
        int left = phrases.startBefore(text, tokens, start - 1, MAX_FIELD);
        if (left >= start - 2) return start;
        Token last = tokens.at(start - 2);
        // the field before 和 is a plain noun (工业, 自然资源, 粮食), not a place, a level or a body's head
        boolean plainNoun = last != null && (last.tag().startsWith("n") && !last.tag().startsWith("ns")
                && !last.tag().startsWith("nr") && !last.tag().startsWith("nt") || last.tag().equals("vn"));
        if (last == null || last.end() != start - 1 || !plainNoun
                || grammar.isLevel(text.charAt(start - 2)) || ORG_HEAD_ENDS.indexOf(text.charAt(start - 2)) >= 0) return start;
        if (!leveled(text.substring(left, start - 1))
                && !Gazetteer.standard().prefixAt(text, left).map(m -> m.span().length() >= 2).orElse(false)) return start;
        return left;
    }

    /**
     * HanLP's organization tag swallows the words before a name (会议以省委/nt, 从自治区应急管理厅/nt,
     * 调研督导中央某某督察组/nt, 任副组长的自治区某督查组/nt): past the last 的, then past the last
     * one-character preposition or two-character verb that stands before a level word, a place or a
     * central body.
     */
    private int trimGlued(String text, int headStart, int start) {
        int s = start;
        for (int k = start; k < headStart; k++) {
            if ("的之着著".indexOf(text.charAt(k)) >= 0) s = k + 1;
            // 领导及某某集团, 隐患单位某某公司, 子公司某某公司: a conjunction or a class word before a named start
            if (k > start && k + 1 < headStart && "及和与".indexOf(text.charAt(k)) >= 0 && namedStart(text, k + 1)) s = k + 1;
            for (String w : CLASS_WORDS) if (k > s && text.startsWith(w, k - w.length() + 1) && k + 3 < headStart) s = k + 1;
        }
        // the last preposition or verb the tag swallowed (会议以省委/nt, 副省长某某带领省政府办公厅/nt)
        for (int k = s; k + 1 < headStart; k++) {
            if (GLUE.indexOf(text.charAt(k)) >= 0 && namedStart(text, k + 1) && !opensPlace(text, k)) s = k + 1;
            else if (k + 3 < headStart && HanLPAnalyzer.isDictionaryVerb(text.substring(k, k + 2)) && namedStart(text, k + 2)) s = k + 2;
        }
        return s;
    }

    /** 于都县, 从化区: the glue character opens a place name of its own here. */
    private static boolean opensPlace(String text, int k) {
        var whole = Gazetteer.standard().prefixAt(text, k);
        var after = Gazetteer.standard().prefixAt(text, k + 1);
        return whole.isPresent() && whole.get().span().length() >= 2 && (after.isEmpty() || whole.get().span().end() >= after.get().span().end());
    }

    /** A level word, a central or autonomous body, or a place of two characters or more begins here. */
    private boolean namedStart(String text, int k) {
        if (k >= text.length()) return false;
        if (grammar.isLevel(text.charAt(k))) return true;
        for (String w : NAMED_OPENERS) if (text.startsWith(w, k)) return true;
        // a free-text place name, not a township stem the title grammar alone may read (重工 in 某某重工集团)
        Gazetteer g = Gazetteer.standard();
        return g.prefixesAt(text, k).stream().anyMatch(m -> m.span().length() >= 2 && g.isDivisionName(m.form()));
    }

    /**
     * 市委市政府, 县委县政府: two bodies written without a stop between them are two names; a level
     * word right after a body's head opens the second one.
     */
    private int afterJoinedBody(String text, int start, int headStart) {
        int s = start;
        for (int k = start + 2; k < headStart; k++) {
            if (BODY_ENDS.indexOf(text.charAt(k - 1)) >= 0 && grammar.isLevel(text.charAt(k))) s = k;
        }
        return s;
    }

    /** 恒远科技(南阳)有限公司: a short parenthetical place inside a firm's name belongs to it. */
    private int withParenthetical(String text, TokenIndex tokens, int start) {
        if (start < 3 || (text.charAt(start - 1) != ')' && text.charAt(start - 1) != '）')) return start;
        for (int k = start - 2; k >= Math.max(0, start - 8); k--) {
            char c = text.charAt(k);
            if (c == '(' || c == '（') return k > 0 ? phrases.startBefore(text, tokens, k, MAX_NAME, false) : k;
            if (PhraseStart.isBoundary(c)) return start;
        }
        return start;
    }

}
