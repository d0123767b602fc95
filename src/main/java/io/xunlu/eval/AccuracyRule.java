package io.xunlu.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * An attribute judged on matched items only (approximate, bound, a title list, a count's
 * subject …): correct where the produced attribute agrees with the gold one. Items whose gold lacks
 * the attribute are not judged.
 */
record AccuracyRule(String name, String attr, BiPredicate<String, String> agrees) {
    /** Separates list elements inside one attribute string (titles, issuers). */
    static final String LIST_SEPARATOR = "\u0001";

    static AccuracyRule equal(String name, String attr) {
        return new AccuracyRule(name, attr, String::equals);
    }

    /** Title lists agree when each gold title pairs off with its own produced title by suffix. */
    static AccuracyRule titleList(String name, String attr) {
        return new AccuracyRule(name, attr, AccuracyRule::titleListsAgree);
    }

    boolean judges(Item gold) { return gold.attrs().containsKey(attr); }

    boolean correct(Item gold, Item produced) {
        return agrees.test(gold.attrs().get(attr), produced.attrs().getOrDefault(attr, ""));
    }

    static String joinList(List<String> values) { return String.join(LIST_SEPARATOR, values); }

    static List<String> splitList(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(LIST_SEPARATOR, -1));
    }

    private static boolean titleListsAgree(String gold, String produced) {
        List<String> g = splitList(gold);
        List<String> p = new ArrayList<>(splitList(produced));
        if (g.size() != p.size()) return false;
        for (String title : g) {
            int at = p.indexOf(title);
            if (at < 0) {
                for (int i = 0; i < p.size() && at < 0; i++) if (Match.titlesAgree(title, p.get(i))) at = i;
            }
            if (at < 0) return false;
            p.remove(at);
        }
        return true;
    }
}
