package io.xunlu.region;

import io.xunlu.extract.place.Division;

/** The division an item speaks from and how it was found: text, dateline or option. */
public record RegionChoice(Division division, String basis) {
    public static final String TEXT = "text";
    public static final String DATELINE = "dateline";
    public static final String OPTION = "option";
}
