package io.xunlu.extract.number;

import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words of models/numbers/attribute-words.tsv by role: what the left context of a figure may
 * say around the thing it measures. Amounts read their attribute from it, counts their subject.
 */
public final class ContextWords {
    /** Roles as documented in the data file's header. */
    public enum Role { STRIP, SCOPE, CUT, LEAD, CHANGE, COMPARE, HEAD, PRODUCE, BARE, COMPLETE, SPAN, HANDOVER, QUALIFIER }

    private static final ContextWords DEFAULT = new ContextWords();

    private final Map<Role, WordList> byRole = new EnumMap<>(Role.class);

    private ContextWords() {
        Map<Role, List<String>> words = new EnumMap<>(Role.class);
        for (Role r : Role.values()) words.put(r, new ArrayList<>());
        for (String[] row : ModelFile.rows("numbers/attribute-words.tsv", 2)) {
            words.get(Role.valueOf(row[1].trim().toUpperCase())).add(row[0]);
        }
        words.forEach((role, list) -> byRole.put(role, new WordList(list)));
    }

    public static ContextWords get() { return DEFAULT; }

    public WordList of(Role role) { return byRole.get(role); }

    /**
     * Drops strip words from both ends and, when {@code dropScope}, scope words from the start,
     * until nothing more comes off.
     */
    public String trim(String s, boolean dropScope) {
        WordList strip = of(Role.STRIP), scope = of(Role.SCOPE);
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            int tail = strip.longestEndingAt(s, s.length(), 0);
            if (tail > 0 && tail < s.length()) { s = s.substring(0, s.length() - tail); changed = true; }
            int head = strip.longestStartingAt(s, 0);
            if (dropScope) head = Math.max(head, scope.longestStartingAt(s, 0));
            if (head > 0 && head < s.length()) { s = s.substring(head); changed = true; }
            else if (head == s.length() && head > 0) { s = ""; changed = true; }
        }
        return s;
    }
}
