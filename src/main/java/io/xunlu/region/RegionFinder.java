package io.xunlu.region;

import io.xunlu.extract.EntityFinding;
import io.xunlu.extract.place.Division;
import io.xunlu.extract.place.PlaceMatch;
import io.xunlu.extract.place.Gazetteer;
import io.xunlu.extract.place.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The division an item speaks from (GB/T 2260, province to county), and how it was found:
 * <ol>
 *   <li>{@code dateline}: the place a dateline names (本报盐城讯, 新华社南京电) is where the story is told;</li>
 *   <li>{@code text}: the level the item speaks from ({@link SelfReference}: 我市, 全县) and the
 *       division of that level it names most (or the one division of that level all the places it
 *       names lie in: 我市 … 崇川区 … 海门区); without such words, a headline opening with a division
 *       (某某县召开…), or the one division that holds every place the item names;</li>
 *   <li>{@code option}: the region the user gave for the paper (--region), at the level the item
 *       speaks from where the text says it (我市 in a county's paper is the county's city).</li>
 * </ol>
 * Otherwise none: never a guess. A short name several divisions share (鼓楼区) counts only where
 * another place the item names, or the option, says which.
 */
public final class RegionFinder {
    private final Gazetteer gazetteer;
    private final SelfReference selfReference = new SelfReference();

    public RegionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A place the item names (a place the extractors found, or the division opening a body's name), where. */
    public record Named(String name, int start, List<Division> candidates, boolean fullName) {}

    /**
     * @param text          the item's text, headline first (folded)
     * @param places        the places it names, one per mention, in text order
     * @param datelinePlace the place its dateline names, or null
     * @param option        the region the user gave, or null
     */
    public RegionChoice find(String text, List<Named> places, String datelinePlace, Division option) {
        if (datelinePlace != null) {
            Division d = pick(above(gazetteer.all(datelinePlace)), option == null ? List.of() : List.of(option));
            if (d != null && d.level() != Level.TOWNSHIP) return new RegionChoice(d, RegionChoice.DATELINE);
        }
        List<Division> named = named(places, option);
        Level level = selfReference.speakingLevel(text);
        Division fromText = level != null ? atLevel(named, level) : unspoken(places, named);
        if (fromText != null) return new RegionChoice(fromText, RegionChoice.TEXT);
        if (option == null) return null;
        Division mine = level == null ? null : ancestorAt(option, level);
        return new RegionChoice(mine != null ? mine : option, RegionChoice.OPTION);
    }

    /**
     * The divisions an item's places name (a chain 某省某市某县 names each) and those opening its
     * bodies' names (某某区公安局), in text order. Only what the extractors accepted counts: a person's
     * name that reads as a county's short form (a given name 卫东) is no place.
     */
    public List<Named> namedIn(String text, List<EntityFinding> places, List<EntityFinding> organizations) {
        List<Named> out = new ArrayList<>();
        for (EntityFinding p : places) {
            for (PlaceMatch m : gazetteer.find(p.span().of(text)))
                out.add(new Named(m.form(), p.span().start() + m.span().start(), m.candidates(), m.isFullName()));
        }
        for (EntityFinding o : organizations) {
            List<PlaceMatch> ms = gazetteer.find(o.span().of(text));
            if (!ms.isEmpty() && ms.get(0).span().start() == 0)
                out.add(new Named(ms.get(0).form(), o.span().start(), ms.get(0).candidates(), ms.get(0).isFullName()));
        }
        out.sort(java.util.Comparator.comparingInt(Named::start));
        return out;
    }

    /** The divisions the text names, one per mention, in text order; namesakes decided by context or left out. */
    private List<Division> named(List<Named> places, Division option) {
        List<List<Division>> readings = new ArrayList<>();
        List<Division> sure = new ArrayList<>();
        if (option != null) sure.add(option);
        for (Named p : places) {
            List<Division> r = above(p.candidates());
            readings.add(r);
            if (r.size() == 1) sure.add(r.get(0));
        }
        List<Division> out = new ArrayList<>();
        List<Boolean> full = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            Division d = readings.get(i).isEmpty() ? null : pick(readings.get(i), sure);
            if (d == null) continue;
            out.add(d);
            full.add(places.get(i).fullName());
        }
        return withoutStrays(out, full);
    }

    /**
     * Where most places an item names lie in one province, a short form naming a division in another
     * is more likely an ordinary word that reads as one (朝阳产业, 温泉, 天山) than a trip there: it is
     * left out. A full name (朝阳市) stays.
     */
    private static List<Division> withoutStrays(List<Division> named, List<Boolean> full) {
        Map<String, Integer> provinces = new LinkedHashMap<>();
        for (Division d : named) provinces.merge(d.code().substring(0, 2), 1, Integer::sum);
        String top = null;
        for (Map.Entry<String, Integer> e : provinces.entrySet())
            if (top == null || e.getValue() > provinces.get(top)) top = e.getKey();
        if (top == null || provinces.get(top) < 2 || 3 * provinces.get(top) < 2 * named.size()) return named;
        List<Division> out = new ArrayList<>();
        for (int i = 0; i < named.size(); i++)
            if (full.get(i) || named.get(i).code().startsWith(top)) out.add(named.get(i));
        return out;
    }

    /**
     * The readings of a short form worth weighing: a form that names one division above all its
     * other readings (南通: the prefecture, not a township of that name) names that one.
     */
    private static List<Division> above(List<Division> candidates) {
        if (candidates.size() < 2) return candidates;
        Level top = candidates.get(0).level();
        for (Division c : candidates.subList(1, candidates.size())) if (c.level().ordinal() <= top.ordinal()) return candidates;
        return candidates.subList(0, 1);
    }

    /** The one candidate inside (or holding) a division known for sure; the sole candidate; else null. */
    private Division pick(List<Division> candidates, List<Division> sure) {
        if (candidates.size() == 1) return candidates.get(0);
        Division found = null;
        for (Division c : candidates) {
            boolean fits = false;
            for (Division s : sure) if (!s.code().equals(c.code()) && (within(c, s) || within(s, c))) fits = true;
            if (!fits) continue;
            if (found != null) return null;
            found = c;
        }
        return found;
    }

    /** The division of the speaking level the item names most (first on a tie), or the one all its deeper places lie in. */
    private Division atLevel(List<Division> named, Level level) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        Map<String, Division> byCode = new LinkedHashMap<>();
        for (Division d : named) {
            if (!fitsLevel(d, level)) continue;
            mentions.merge(d.code(), 1, Integer::sum);
            byCode.putIfAbsent(d.code(), d);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : mentions.entrySet())
            if (best == null || e.getValue() > mentions.get(best)) best = e.getKey();
        if (best != null) return byCode.get(best);
        Division common = null;
        for (Division d : named) {
            if (d.level().ordinal() <= level.ordinal()) continue;
            Division a = ancestorAt(d, level);
            if (a == null) continue;
            if (common != null && !common.code().equals(a.code())) return null;
            common = a;
        }
        return common;
    }

    /** Without words of its own division: a headline that opens with one, or the one division holding every named place. */
    private Division unspoken(List<Named> places, List<Division> named) {
        if (!places.isEmpty() && places.get(0).start() == 0) {
            List<Division> opening = above(places.get(0).candidates());
            if (opening.size() == 1 && opening.get(0).level() != Level.TOWNSHIP) return opening.get(0);
        }
        if (named.size() < 2) return null;
        Division common = named.get(0);
        for (Division d : named) {
            common = commonAncestor(common, d);
            if (common == null) return null;
        }
        return common.level() == Level.TOWNSHIP ? ancestorAt(common, Level.COUNTY) : common;
    }

    /**
     * 我市 may be a county-level city (县级市) or a municipality (北京市, 重庆市, above its districts):
     * a county or province named 某某市 speaks as a city too.
     */
    private static boolean fitsLevel(Division d, Level level) {
        if (d.level() == level) return true;
        return level == Level.CITY && d.level() != Level.TOWNSHIP && d.name().endsWith("市");
    }

    /** The division at a level above d: a municipality stands for the city level its districts lack. */
    private Division ancestorAt(Division d, Level level) {
        Division x = d;
        while (x != null && x.level().ordinal() > level.ordinal()) x = gazetteer.parent(x).orElse(null);
        if (x != null && x.level() == level) return x;
        return x != null && level == Level.CITY && fitsLevel(x, level) ? x : null;
    }

    private boolean within(Division inner, Division outer) {
        for (Division x = inner; x != null; x = gazetteer.parent(x).orElse(null))
            if (x.code().equals(outer.code())) return true;
        return false;
    }

    private Division commonAncestor(Division a, Division b) {
        for (Division x = a; x != null; x = gazetteer.parent(x).orElse(null)) if (within(b, x)) return x;
        return null;
    }
}
