package io.xunlu.extract.place;

import io.xunlu.extract.LocalSpan;

/** A macro-region or other non-administrative place word found in text (长三角, 苏南). */
public record RegionMatch(LocalSpan span, String name) {}
