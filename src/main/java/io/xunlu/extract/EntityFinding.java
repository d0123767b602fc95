package io.xunlu.extract;

/** A named thing found in the text: where, what kind (state, firm, division, feature …), which rule. */
public record EntityFinding(LocalSpan span, String kind, String rule) {}
