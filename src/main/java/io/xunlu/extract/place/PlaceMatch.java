package io.xunlu.extract.place;

import io.xunlu.extract.LocalSpan;
import java.util.List;

/**
 * A division name or short form found in text.
 *
 * @param span       where the form stands (UTF-16 offsets into the text that was scanned)
 * @param form       the matched text (南通市, 鄂城, 房)
 * @param candidates the divisions it may denote, best first: those whose full name it is, then
 *                   higher levels, then by code (朝阳区 names districts of several cities)
 */
public record PlaceMatch(LocalSpan span, String form, List<Division> candidates) {
    public PlaceMatch {
        if (candidates.isEmpty()) throw new IllegalArgumentException("a place match needs a candidate: " + form);
        candidates = List.copyOf(candidates);
    }

    /** The preferred reading. */
    public Division best() { return candidates.get(0); }

    public boolean isAmbiguous() { return candidates.size() > 1; }

    /** True when the form is a full name (南通市) rather than a short form (南通). */
    public boolean isFullName() { return candidates.get(0).name().equals(form); }
}
