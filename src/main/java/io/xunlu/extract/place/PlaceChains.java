package io.xunlu.extract.place;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.Coverage;
import io.xunlu.extract.EntityFinding;
import io.xunlu.extract.LocalSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import io.xunlu.models.ModelFile;

/**
 * Villages and communities by their head (某某村, 某某社区), and a city with one of its districts or
 * counties written without a stop (某市某区) read as one place. Immutable, thread-safe.
 */
final class PlaceChains {
    private static final int MAX_STEM = 3;
    /** Characters after 村 that make it part of another word (村民, 村委会, 村干部, 村级…). */
    private static final String VILLAGE_WORD_NEXT = "民委干级镇庄落务集容道组里口头两";
    private static final String STEM_STOPS = "的在到赴于和与及等个各每全本该此两一到至从向对";
    /** 进村, 驻村, 走村: a verb of going or staying before 村 makes a phrase, not a village. */
    private static final String MOVES = "进走驻入下到回出在住离返留";
    private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");

    private final Gazetteer gazetteer;
    private final Set<String> countries;
    private final List<String> genericVillages = ModelFile.lines("places/generic-villages.txt").stream().map(String::strip).toList();

    PlaceChains(Gazetteer gazetteer, Set<String> countries) {
        this.gazetteer = gazetteer;
        this.countries = countries;
    }

    /** 某某村, 某某社区 whose stem HanLP reads as a name (梅岭/nz 村, 嵇/nr 湾村/ns), not a word (示范村). */
    List<EntityFinding> villages(String text, TokenIndex tokens, Coverage placed) {
        List<EntityFinding> out = new ArrayList<>();
        for (int k = 2; k < text.length(); k++) {
            int headEnd;
            if (text.charAt(k) == '村' && (k + 1 >= text.length() || VILLAGE_WORD_NEXT.indexOf(text.charAt(k + 1)) < 0)) headEnd = k + 1;
            else if (text.startsWith("社区", k)) headEnd = k + 2;
            else continue;
            int s = k;
            while (s > 0 && k - s < MAX_STEM && isStemChar(text.charAt(s - 1)) && !placed.covers(new LocalSpan(s - 1, s))) s--;
            s = wordStart(tokens, s, k);
            if (k - s < 2 || MOVES.indexOf(text.charAt(k - 1)) >= 0 || !namedStem(tokens, s, k) || genericVillage(text, s, headEnd)) continue;
            out.add(new EntityFinding(new LocalSpan(s, headEnd), "village", "place.village"));
        }
        return out;
    }

    /** 建制村, 示范村, 安置社区: a kind of village, not one (models/places/generic-villages.txt). */
    private boolean genericVillage(String text, int s, int e) {
        for (String w : genericVillages) if (e - w.length() >= 0 && w.length() <= e - Math.max(0, s - 2) && text.startsWith(w, e - w.length())) return true;
        return false;
    }

    /** The stem begins a word that is no preposition, verb or pronoun (调研梅岭村 → 梅岭村, 对某村 → 某村). */
    private static int wordStart(TokenIndex tokens, int s, int k) {
        while (s < k) {
            Token t = tokens.at(s);
            if (t == null || t.start() != s) {
                s++;
                continue;
            }
            String tag = t.tag();
            if (tag.equals("p") || tag.startsWith("c") || tag.startsWith("r") || tag.startsWith("d") || tag.startsWith("u")
                    || tag.startsWith("v") && !tag.equals("vn") && t.end() <= k) {
                s = Math.max(s + 1, Math.min(t.end(), k));
                continue;
            }
            if (tag.equals("vn") && t.end() <= k) {
                s = t.end();
                continue;
            }
            break;
        }
        return s;
    }

    private static boolean isStemChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && STEM_STOPS.indexOf(c) < 0 && c != '村';
    }

    /**
     * The stem is a name: no verb in it (进村, 驻村), and the word ending it, or the word holding the
     * head, carries a name tag (梅岭/nz 村, 嵇/nr 湾村/ns); 乡村/n, 社区 after 街道/n are words.
     */
    private static boolean namedStem(TokenIndex tokens, int s, int e) {
        for (int i = s; i < e; ) {
            Token t = tokens.at(i);
            if (t == null || t.tag().startsWith("v") && !t.tag().equals("vn")) return false;
            i = Math.max(i + 1, t.end());
        }
        Token last = tokens.at(e - 1);
        Token head = tokens.at(e);
        return isName(last) && (head == null || head.start() == e || isName(head)) || head != null && head.start() < e && isName(head);
    }

    private static boolean isName(Token t) {
        if (t == null) return false;
        String tag = t.tag();
        return tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nz") || tag.equals("ng") || tag.equals("j");
    }

    /** Adjacent candidates that chain become one finding (sorted input, sorted output). */
    List<EntityFinding> join(String text, List<EntityFinding> sorted) {
        List<EntityFinding> out = new ArrayList<>();
        for (EntityFinding f : sorted) {
            EntityFinding last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.span().end() == f.span().start() && chains(text, last, f)) {
                out.set(out.size() - 1, new EntityFinding(new LocalSpan(last.span().start(), f.span().end()), f.kind(), "place.chain"));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A city and one of its districts or counties (某市某区, 某市某县) are one place; a township after
     * its county, or a village after its township, is named apart (某县某镇, 某镇某村).
     */
    private boolean chains(String text, EntityFinding higher, EntityFinding lower) {
        if (!higher.kind().equals("division") || !lower.kind().equals("division")) return false;
        List<Division> up = gazetteer.all(higher.span().of(text));
        List<Division> down = gazetteer.all(lower.span().of(text));
        if (up.isEmpty() || down.isEmpty()) return false;
        Division city = up.get(0);
        boolean cityLevel = city.level() == Level.CITY || city.level() == Level.PROVINCE && MUNICIPALITIES.contains(city.code());
        for (Division d : down) if (cityLevel && d.level() == Level.COUNTY && d.parentCode().equals(city.code())) return true;
        return false;
    }
}
