package io.xunlu.extract;

import java.util.BitSet;

/**
 * Which characters of a text are already claimed by some span: overlap and containment questions
 * in time proportional to the span, not to the number of spans claimed, so that resolving
 * thousands of candidates on hostile input stays linear.
 */
public final class Coverage {
    private final BitSet covered = new BitSet();

    public void add(LocalSpan s) {
        if (s.end() > s.start()) covered.set(s.start(), s.end());
    }

    public boolean overlaps(LocalSpan s) {
        int k = covered.nextSetBit(s.start());
        return k >= 0 && k < s.end();
    }

    /** Every character of s is claimed. */
    public boolean covers(LocalSpan s) {
        return s.end() > s.start() && covered.nextClearBit(s.start()) >= s.end();
    }
}
