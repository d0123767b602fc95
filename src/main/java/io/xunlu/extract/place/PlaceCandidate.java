package io.xunlu.extract.place;

import io.xunlu.extract.EntityFinding;
import java.util.List;

/**
 * A place the place rules found, before the conflict policy sees it: the finding and its name;
 * whether it is an administrative unit or zone acting as an organization here (the subject of a
 * verb, or the unit a headline opens with); the division codes of an acting unit (so its other names
 * act too: 恩施州 and 恩施土家族苗族自治州); and, for an administrative name that fits exactly one
 * division, that division's code.
 */
public record PlaceCandidate(EntityFinding finding, String name, boolean acts, List<String> actingCodes, String soleCode) {
    public PlaceCandidate {
        actingCodes = List.copyOf(actingCodes);
    }
}
