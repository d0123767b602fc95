package io.xunlu.link;

import io.xunlu.extract.LocalSpan;
import java.util.List;

/** One official of an article: the name, each distinct title once in text order, every mention. */
public record LinkedOfficial(String name, List<LocalSpan> titles, List<RuledSpan> mentions) {}
