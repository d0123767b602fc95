package io.xunlu.cli;

import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.json.Json;

/**
 * Start-up work a one-shot command would otherwise do in sequence: HanLP's lazy dictionaries and
 * Jackson's serializers load on daemon threads while the main thread builds the engine from our
 * models. Nothing here changes a result; a failure only means the main thread loads the same
 * things itself when it first needs them.
 */
final class StartupWarmUp {
    private StartupWarmUp() {}

    static void begin() {
        start("xunlu-warm-hanlp", () -> HanLPAnalyzer.get().warmUp());
        start("xunlu-warm-json", Json::warmUp);
    }

    private static void start(String name, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                // the main thread meets the same error, with its own message, when it loads this itself
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }
}
