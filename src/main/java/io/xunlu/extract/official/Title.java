package io.xunlu.extract.official;

import io.xunlu.extract.LocalSpan;

/**
 * A title as written (市交投集团党委书记): its whole span, where its post begins (the prefix before
 * it names the body: a state body, or a firm that counts as an organization), and the post's kind.
 */
public record Title(LocalSpan span, int postStart, String kind) {
    public LocalSpan prefix() { return new LocalSpan(span.start(), postStart); }

    public boolean hasPrefix() { return postStart > span.start(); }
}
