package io.xunlu.link;

import io.xunlu.extract.LocalSpan;

/** A span and the rule that found it. */
public record RuledSpan(LocalSpan span, String rule) {}
