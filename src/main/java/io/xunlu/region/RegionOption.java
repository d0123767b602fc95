package io.xunlu.region;

import io.xunlu.extract.place.Division;
import io.xunlu.extract.place.Gazetteer;
import io.xunlu.extract.place.Level;
import java.util.List;

/**
 * Reads the region a user gives (--region, a JSON Lines input's or an API request's "region"): a
 * GB/T 2260 code (320600, or the gazetteer's short code 3206) or a division's name (南通市, 南通).
 * A name several divisions share (鼓楼区) is refused with the candidates listed, never guessed.
 */
public final class RegionOption {
    private RegionOption() {}

    /** The division the option names; IllegalArgumentException with a message a user can act on. */
    public static Division parse(Gazetteer gazetteer, String option) {
        String s = option == null ? "" : option.strip();
        if (s.isEmpty()) throw new IllegalArgumentException("region is empty: give a GB/T 2260 code (320600) or a name (南通市)");
        if (s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return DivisionCodes.byCode(gazetteer, s).orElseThrow(() ->
                    new IllegalArgumentException("region " + s + " is no division code the gazetteer knows"));
        }
        List<Division> found = gazetteer.all(s).stream().filter(d -> d.level() != Level.TOWNSHIP).toList();
        if (found.isEmpty()) throw new IllegalArgumentException("region " + s + " is no province, prefecture or county the gazetteer knows");
        List<Division> named = found.stream().filter(d -> d.name().equals(s)).toList();
        List<Division> pick = named.isEmpty() ? found : named;
        if (pick.size() > 1) {
            StringBuilder m = new StringBuilder("region " + s + " names several divisions; give a code:");
            for (Division d : pick.subList(0, Math.min(8, pick.size())))
                m.append(' ').append(DivisionCodes.gbCode(d)).append(' ').append(path(gazetteer, d)).append(';');
            throw new IllegalArgumentException(m.substring(0, m.length() - 1));
        }
        return pick.get(0);
    }

    /** 江苏省南通市崇川区: a division with the names above it, to tell namesakes apart. */
    static String path(Gazetteer gazetteer, Division d) {
        StringBuilder sb = new StringBuilder(d.name());
        for (Division p = gazetteer.parent(d).orElse(null); p != null; p = gazetteer.parent(p).orElse(null)) sb.insert(0, p.name());
        return sb.toString();
    }
}
