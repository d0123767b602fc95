package io.xunlu.eval;

import java.math.BigDecimal;
import java.math.MathContext;

/** How a gold item and a produced item are judged to be the same thing (ANNOTATION.md "Scoring"). */
enum Match {
    /** The folded strings are equal: organizations, places, dates, names, document titles. */
    EXACT(true) {
        @Override boolean matches(Item g, Item p) { return g.key().equals(p.key()); }
    },
    /** Same name, and one title a suffix of the other: 泰州市委书记 ~ 市委书记. */
    NAME_AND_TITLE_SUFFIX(true) {
        @Override boolean matches(Item g, Item p) { return g.key().equals(p.key()) && titlesAgree(g.sub(), p.sub()); }
    },
    /** Same key (kind|unit or measure) and values within a relative error of 1e-9. */
    NUMBER(true) {
        @Override boolean matches(Item g, Item p) { return g.key().equals(p.key()) && sameNumber(g.value(), p.value()); }
    },
    /** Project names: one contains the other and they differ by at most two characters. */
    NEAR_NAME(false) {
        @Override boolean matches(Item g, Item p) {
            String a = g.key();
            String b = p.key();
            if (a.isEmpty() || b.isEmpty()) return false;
            int d = Math.abs(a.codePointCount(0, a.length()) - b.codePointCount(0, b.length()));
            return d <= MAX_NAME_DIFFERENCE && (a.contains(b) || b.contains(a));
        }
    };

    static final int MAX_NAME_DIFFERENCE = 2;
    private static final String DEPUTY = "副";
    private static final BigDecimal RELATIVE_TOLERANCE = new BigDecimal("1e-9");

    private final boolean needsEqualKeys;

    Match(boolean needsEqualKeys) { this.needsEqualKeys = needsEqualKeys; }

    abstract boolean matches(Item g, Item p);

    /** True when only items with equal keys can match, so candidates can be looked up by key. */
    boolean needsEqualKeys() { return needsEqualKeys; }

    /** A match with nothing tolerated; preferred when one gold item has several candidates. */
    boolean exact(Item g, Item p) {
        return g.key().equals(p.key()) && g.sub().equals(p.sub())
                && (g.value() == null ? p.value() == null : p.value() != null && g.value().compareTo(p.value()) == 0);
    }

    /**
     * Non-empty titles where one ends with the other (an empty title would be a suffix of all), unless
     * what the longer one adds ends in 副: 副市长 is a different office from 市长, while 泰州市委书记
     * only adds the place to 市委书记.
     */
    static boolean titlesAgree(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (!longer.endsWith(shorter)) return false;
        String added = longer.substring(0, longer.length() - shorter.length());
        return !added.endsWith(DEPUTY);
    }

    static boolean sameNumber(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) return false;
        if (a.compareTo(b) == 0) return true;
        if (a.signum() != b.signum()) return false;
        // Orders of magnitude apart: not equal, and subtracting 1e-999999999 from 1 would build a huge number.
        if (Math.abs(magnitude(a) - magnitude(b)) > 1) return false;
        BigDecimal scale = a.abs().max(b.abs());
        return a.subtract(b).abs().compareTo(scale.multiply(RELATIVE_TOLERANCE, MathContext.DECIMAL64)) < 0;
    }

    /** The decimal exponent of the leading digit, near enough: 8000000000 → 10, 0.05 → -1. */
    private static long magnitude(BigDecimal v) {
        return (long) v.precision() - v.scale();
    }
}
