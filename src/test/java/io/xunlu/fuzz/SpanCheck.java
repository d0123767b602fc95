package io.xunlu.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.xunlu.extract.LocalSpan;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The offset properties of what an extractor or the layout returns, checked on any finding type:
 * every {@link LocalSpan} reachable through records, collections, maps and optionals lies inside
 * the text and does not cut a surrogate pair (a cut pair would make the code point and UTF-16
 * offsets of the contract disagree). Walking the records by reflection keeps the check in step with
 * finding types that other people change.
 */
final class SpanCheck {
    private static final int MAX_DEPTH = 12;

    private SpanCheck() {}

    static void assertSpansInside(String text, Object findings) {
        walk(text, findings, 0);
    }

    private static void walk(String text, Object o, int depth) {
        if (o == null || depth > MAX_DEPTH) return;
        if (o instanceof LocalSpan s) {
            check(text, s);
        } else if (o instanceof Collection<?> c) {
            for (Object e : c) walk(text, e, depth + 1);
        } else if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(text, e.getKey(), depth + 1);
                walk(text, e.getValue(), depth + 1);
            }
        } else if (o instanceof Optional<?> opt) {
            opt.ifPresent(v -> walk(text, v, depth + 1));
        } else if (o.getClass().isRecord() && o.getClass().getName().startsWith("io.xunlu.")) {
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                try {
                    rc.getAccessor().setAccessible(true);
                    walk(text, rc.getAccessor().invoke(o), depth + 1);
                } catch (ReflectiveOperationException e) {
                    fail("cannot read " + rc + ": " + e);
                }
            }
        }
    }

    private static void check(String text, LocalSpan s) {
        assertTrue(s.start() >= 0 && s.start() <= s.end() && s.end() <= text.length(),
                () -> "span " + s + " outside a text of " + text.length() + " units");
        assertTrue(!splitsPair(text, s.start()) && !splitsPair(text, s.end()),
                () -> "span " + s + " cuts a surrogate pair: " + s.of(text));
    }

    private static boolean splitsPair(String text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }
}
