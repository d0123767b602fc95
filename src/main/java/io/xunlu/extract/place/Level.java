package io.xunlu.extract.place;

/** The four administrative levels the gazetteer keeps (villages are left out on purpose). */
public enum Level {
    PROVINCE, CITY, COUNTY, TOWNSHIP;

    /** The level as written in models/places/divisions.tsv (province, city, county, township). */
    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }

    static Level ofLabel(String label) {
        return switch (label) {
            case "province" -> PROVINCE;
            case "city" -> CITY;
            case "county" -> COUNTY;
            case "township" -> TOWNSHIP;
            default -> throw new IllegalArgumentException("unknown division level: " + label);
        };
    }
}
