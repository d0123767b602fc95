package io.xunlu.extract.count;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.place.Gazetteer;

/**
 * Figures with a measure word that count nothing: a quoted slogan (“三个一”), the session number of a
 * meeting (十二届四次会议, 省十次党代会), a numeral opening a division's name (三台县), how often a
 * person did something (总书记两次肯定), a grade with its bound (三类以下水质). Stateless.
 */
final class CountlessFigures {
    private static final String OPEN_QUOTES = "“\"「‘", CLOSE_QUOTES = "”\"」’";
    /** A slogan's closing quote stands this close after its measure word (“十个新突破”). */
    private static final int SLOGAN_REACH = 8;
    /** A meeting word (会议, 常委会, 党代会) stands this close after 次. */
    private static final int MEETING_REACH = 6;
    /** Adverbs and particles looked past for the verb before a figure (召开了, 先后召开). */
    private static final int VERB_REACH = 3;

    private CountlessFigures() {}

    static boolean countless(String text, TokenIndex tokens, int numberStart, String measure, int measureEnd) {
        return slogan(text, numberStart, measureEnd) || session(text, tokens, numberStart, measure, measureEnd)
                || insideName(text, numberStart, measureEnd) || afterPerson(tokens, numberStart, measure)
                || grade(text, measure, measureEnd);
    }

    /** 三类以下水质, 二类以上: a class with a bound is a grade threshold, no count of classes. */
    static boolean grade(String text, String measure, int measureEnd) {
        if (!measure.equals("类") && !measure.equals("類")) return false;
        int at = text.startsWith("及", measureEnd) ? measureEnd + 1 : measureEnd;
        return text.startsWith("以上", at) || text.startsWith("以下", at);
    }

    /** “三个一”, “四个全面”: a figure that opens a short quoted slogan counts nothing. */
    static boolean slogan(String text, int numberStart, int measureEnd) {
        if (numberStart == 0 || OPEN_QUOTES.indexOf(text.charAt(numberStart - 1)) < 0) return false;
        for (int i = measureEnd; i < Math.min(text.length(), measureEnd + SLOGAN_REACH); i++) {
            char c = text.charAt(i);
            if (CLOSE_QUOTES.indexOf(c) >= 0) return true;
            if (CountExtractor.BREAKS.indexOf(c) >= 0) return false;
        }
        return false;
    }

    /**
     * 十二届四次会议, 十六次常委会, 省十次党代会: 次 before a meeting word numbers the session; a verb
     * before the figure makes it a count of meetings (召开两次推进会, 先后召开3次会议).
     */
    static boolean session(String text, TokenIndex tokens, int numberStart, String measure, int measureEnd) {
        if (!measure.equals("次") || !meetingAfter(text, measureEnd)) return false;
        int k = numberStart;
        for (int guard = 0; guard < VERB_REACH; guard++) {
            Token t = tokens.at(k - 1);
            if (t == null || t.end() != k) return true;
            if (t.tag().startsWith("v") && !t.tag().equals("vn")) return false;
            if (!t.tag().startsWith("d") && !t.tag().startsWith("u")) return true;
            k = t.start();
        }
        return true;
    }

    private static boolean meetingAfter(String text, int at) {
        for (int i = at; i < Math.min(text.length(), at + MEETING_REACH); i++) {
            char c = text.charAt(i);
            if (c == '会' || c == '會') return true;
            if (CountExtractor.BREAKS.indexOf(c) >= 0) return false;
        }
        return false;
    }

    /** 三台县, 五家渠市: the numeral opens the full name of an administrative division running past the measure. */
    static boolean insideName(String text, int numberStart, int measureEnd) {
        var place = Gazetteer.standard().prefixAt(text, numberStart);
        return place.isPresent() && place.get().isFullName() && place.get().span().end() > measureEnd;
    }

    /**
     * 总书记两次肯定, 某某3次到现场: 次 right after a person's name or title says how often they did
     * something; it counts no things. (Other measures after a name HanLP tags nr stay: it tags
     * districts and nouns so too, 某某区38个, 晶圆48万片.)
     */
    static boolean afterPerson(TokenIndex tokens, int numberStart, String measure) {
        if (!measure.equals("次")) return false;
        Token t = tokens.at(numberStart - 1);
        return t != null && t.end() == numberStart && (t.tag().startsWith("nr") || t.tag().equals("nnt"));
    }
}
