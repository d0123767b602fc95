package io.xunlu.spark;

import io.xunlu.Xunlu;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine of this JVM: built by the first task that needs it, shared by every later task and
 * thread of the executor (Xunlu is immutable and thread-safe), so HanLP's dictionaries load once
 * per executor, never per record or per partition.
 */
final class ExecutorEngine {
    private static final Map<Integer, Xunlu> BY_MAX_CHARS = new ConcurrentHashMap<>();

    private ExecutorEngine() {}

    static Xunlu forMaxChars(int maxChars) {
        if (maxChars == Xunlu.DEFAULT_MAX_CHARS) return Xunlu.standard();
        return BY_MAX_CHARS.computeIfAbsent(maxChars, Xunlu::withMaxChars);
    }
}
