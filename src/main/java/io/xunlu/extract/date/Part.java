package io.xunlu.extract.date;

/** A parsed stretch of a date expression ending at {@code end}; bareYear marks a relative year with nothing after it (今年). */
record Part(int end, When when, Kind kind, String rule, boolean bareYear) {
    enum Kind {
        ABSOLUTE, RELATIVE, PERIOD;

        Kind and(Kind other) { return other.ordinal() > ordinal() ? other : this; }

        String label() { return name().toLowerCase(); }
    }

    Part(int end, When when, Kind kind, String rule) { this(end, when, kind, rule, false); }
}
