package io.xunlu.extract.place;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.EntityFinding;
import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether an administrative unit or zone acts as an organization where it stands: the subject of a
 * verb (某县召开…, 某区、某区分别作…, 某县把…作为…), a unit whose people are named (某镇主要负责人), or
 * the unit a headline opens with when the headline says what it does (某市举行…, 某县16个重点项目集中开工)
 * rather than naming an event of it (某县第二届文化节…). Elsewhere (位于某区, 在某县举行) it is a place.
 * Cue words are in models/places/acting-cues.tsv. Immutable, thread-safe.
 */
final class UnitActs {
    private static final int MAX_LIST = 12;
    private static final int PREPOSITION_REACH = 12;
    private static final String NUMERALS = "0123456789一二三四五六七八九十百零〇";
    private static final String SUBJECT_PREPOSITIONS = "在对与同为把将向于就和跟";

    private final List<String> locationMarkers;
    private final List<String> staff = new ArrayList<>();
    private final List<String> summaries = new ArrayList<>();
    private final List<String> meetingEnds = new ArrayList<>();

    UnitActs(List<String> locationMarkers) {
        this.locationMarkers = locationMarkers;
        for (String[] row : ModelFile.rows("places/acting-cues.tsv", 2)) {
            if (row[0].equals("staff")) staff.add(row[1]);
            else if (row[0].equals("summary")) summaries.add(row[1]);
            else if (row[0].equals("meeting-end")) meetingEnds.add(row[1]);
            else throw new IllegalStateException("places/acting-cues.tsv: unknown kind " + row[0]);
        }
    }

    /**
     * A unit with its level word (某县, 某新区) opening the headline is the unit the item is about and
     * acts, unless the headline names an edition of its event (某县第二届文化节…, 某县十二届人大…) or one
     * of its meetings that then takes place (某市一季度项目集中开工动员大会举行), or another place follows
     * it (某市某区…: the second is the actor).
     */
    boolean opensHeadline(String text, TokenIndex tokens, LocalSpan span, int headlineEnd) {
        if (span.start() != 0 || span.end() > headlineEnd) return false;
        int i = span.end();
        while (i < headlineEnd && NUMERALS.indexOf(text.charAt(i)) >= 0) i++;
        if (i < headlineEnd && text.charAt(i) == '届' || text.startsWith("第", span.end()) && text.indexOf('届', span.end()) > 0
                && text.indexOf('届', span.end()) < Math.min(headlineEnd, span.end() + 6)) return false;
        for (String m : meetingEnds) if (text.startsWith(m, headlineEnd - m.length())) return false;
        Token next = tokens.at(span.end());
        return next == null || !next.tag().startsWith("ns");
    }

    /**
     * A short form opening the headline (某地, without its level word) acts when a verb follows (past
     * times, figures and adverbs), or after a colon when its projects do something and the headline
     * ends there (某地：16个重点项目集中开工); 某地春季重大项目集中开工 reads as the projects of a place.
     */
    boolean actsInHeadline(String text, TokenIndex tokens, LocalSpan span, int headlineEnd) {
        if (span.start() != 0 || span.end() > headlineEnd) return false;
        int i = span.end();
        boolean adverb = false;
        boolean colon = false;
        for (int guard = 0; guard < 6 && i < headlineEnd; guard++) {
            Token t = tokens.at(i);
            if (t == null || t.start() != i) return false;
            String tag = t.tag();
            // 进一步/d 部署/vn: after an adverb a verbal noun is the verb
            if (adverb && tag.equals("vn")) return true;
            adverb = tag.startsWith("d");
            colon |= t.word().equals(":") || t.word().equals("：");
            // 某市在…签约, 某县与…签署: a preposition opening the predicate; 某地至某地 joins two places
            if (isVerb(tag) || tag.equals("p") && SUBJECT_PREPOSITIONS.indexOf(text.charAt(i)) >= 0) return true;
            if (tag.startsWith("t") || tag.startsWith("m") || tag.startsWith("d") || tag.equals("ag") || tag.startsWith("r")
                    || t.word().equals(":") || t.word().equals("：")) {
                i = t.end();
                continue;
            }
            // 某地：16个重点项目集中开工: after a colon the unit is the topic its projects belong to
            if (tag.startsWith("n") || tag.equals("vn") || tag.equals("b") || tag.equals("a")) return colon && projectsAct(text, tokens, i, headlineEnd);
            return false;
        }
        return false;
    }

    /** 重点项目集中开工: a noun run ending in 项目, then verbs to the headline's end or a break. */
    private static boolean projectsAct(String text, TokenIndex tokens, int i, int headlineEnd) {
        int p = text.indexOf("项目", i);
        if (p < 0 || p >= headlineEnd) return false;
        for (int k = i; k < p; ) {
            Token t = tokens.at(k);
            if (t == null || isVerb(t.tag())) return false;
            k = Math.max(k + 1, t.end());
        }
        int j = p + 2;
        boolean verb = false;
        while (j < headlineEnd) {
            Token t = tokens.at(j);
            if (t == null || t.start() != j) break;
            String tag = t.tag();
            if (isVerb(tag) || tag.equals("i")) verb = true;
            else if (!(tag.startsWith("d") || tag.equals("vn"))) break;
            j = t.end();
        }
        return verb && (j >= headlineEnd || !Character.isLetter(text.charAt(j)) || Character.isDigit(text.charAt(j)));
    }

    /** The name (or the list it opens) is the subject of a verb, or its people are. */
    boolean acts(String text, TokenIndex tokens, LocalSpan span, Map<Integer, EntityFinding> named) {
        if (isLocated(text, span.start())) return false;
        int i = afterList(text, tokens, span.end(), named);
        // 等5家单位获评…: the list's summary stands between it and its verb
        if (text.startsWith("等", i)) {
            i++;
            for (int guard = 0; guard < 3 && i < text.length(); guard++) {
                Token t = tokens.at(i);
                if (t == null || t.start() != i || !(t.tag().startsWith("m") || t.tag().startsWith("q") || t.tag().startsWith("n"))) break;
                boolean summary = startsWithAny(text, i, summaries);
                i = t.end();
                if (summary && text.startsWith("的", i)) i++;
            }
        }
        if (startsWithAny(text, i, staff) || text.startsWith("的", i) && startsWithAny(text, i + 1, staff)) return true;
        for (int guard = 0; guard < 3 && i < text.length(); guard++) {
            Token t = tokens.at(i);
            if (t == null || t.start() != i) return false;
            String tag = t.tag();
            if (isVerb(tag)) return true;
            if (tag.equals("p")) return verbAfterPreposition(text, tokens, t.end());
            // 某市热情/an 迎接…: an adverbial adjective before the verb
            if (tag.startsWith("d") || tag.startsWith("ad") || tag.equals("an") && guard == 0) {
                i = t.end();
                continue;
            }
            return false;
        }
        return false;
    }

    /** 某县把“三个一批”作为…: past the preposition's object to the verb, within the clause. */
    private static boolean verbAfterPreposition(String text, TokenIndex tokens, int i) {
        for (int guard = 0; guard < PREPOSITION_REACH && i < text.length(); guard++) {
            char c = text.charAt(i);
            if (c == '，' || c == ',' || c == '。' || c == '；' || c == '\n') return false;
            Token t = tokens.at(i);
            if (t == null) return false;
            if (t.start() == i && isVerb(t.tag()) && guard > 0) return true;
            i = Math.max(i + 1, t.end());
        }
        return false;
    }

    /** Past the rest of a list of bodies (某区、某区和某新区…, 某镇、某局、某矿业): where the list ends. */
    private static int afterList(String text, TokenIndex tokens, int i, Map<Integer, EntityFinding> named) {
        for (int guard = 0; guard < MAX_LIST && i < text.length() && (text.charAt(i) == '、' || text.charAt(i) == '和'); guard++) {
            int at = i + 1;
            EntityFinding next = named.get(at);
            int e = next == null ? at : next.span().end();
            if (next == null) {
                Token t = tokens.at(at);
                if (t == null || t.start() != at || !nounish(t)) break;
                e = t.end();
            }
            // a body in the list is a noun run (县经济开发区管委会, 某地某某矿业)
            for (Token u = tokens.at(e); u != null && u.start() == e && nounish(u) && !u.tag().equals("nr") && u.end() - at <= 16; u = tokens.at(e)) e = u.end();
            i = e;
        }
        return i;
    }

    /** 在某某工业园区举行, 位于…: a place where something happens, not an actor. */
    private boolean isLocated(String text, int start) {
        for (String w : locationMarkers) {
            if (start >= w.length() && text.startsWith(w, start - w.length())) return true;
        }
        return false;
    }

    private static boolean isVerb(String tag) {
        return tag.startsWith("v") && !tag.equals("vn");
    }

    /** A word of a body's name: a noun, or a verbal noun (开发区 holds 开发/vn). */
    private static boolean nounish(Token t) {
        return t.tag().startsWith("n") || t.tag().equals("vn");
    }

    private static boolean startsWithAny(String text, int at, List<String> words) {
        for (String w : words) if (text.startsWith(w, at)) return true;
        return false;
    }
}
