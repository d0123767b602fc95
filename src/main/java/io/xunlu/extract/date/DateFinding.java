package io.xunlu.extract.date;

import io.xunlu.extract.LocalSpan;

/**
 * One date, time or period expression as written in an article.
 *
 * @param span  where the whole expression stands (prefixes such as 截至 and suffixes such as 以来 or 前 included)
 * @param kind  {@code absolute}, {@code relative} or {@code period} (CONTRACT.md)
 * @param value an ISO date (2023-10-18), month (2023-10), year (2023), date-time (2023-11-16T08:00)
 *              or interval (2023-07-01/2023-09-30); null when neither the text nor the publication date fixes it
 * @param rule  the name of the grammar rule that produced it
 */
public record DateFinding(LocalSpan span, String kind, String value, String rule) {
    public static final String ABSOLUTE = "absolute";
    public static final String RELATIVE = "relative";
    public static final String PERIOD = "period";
}
