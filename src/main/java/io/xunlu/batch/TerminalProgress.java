package io.xunlu.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error (me.tongfei:progressbar): done/total once the total is counted,
 * inputs per second and the time left. Only for a terminal: in a log file a bar is noise.
 */
public final class TerminalProgress implements BatchProgress {
    private final ProgressBar bar;

    private TerminalProgress(long alreadyDone) {
        bar = new ProgressBarBuilder()
                .setTaskName("xunlu batch")
                .setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" docs", 1)
                .showSpeed()
                .setUpdateIntervalMillis(500)
                .startsFrom(alreadyDone, Duration.ZERO)
                .build();
    }

    /** A bar when standard error is a terminal, otherwise nothing. */
    public static BatchProgress forStderr(long alreadyDone) {
        return stderrIsTerminal() ? new TerminalProgress(alreadyDone) : BatchProgress.NONE;
    }

    /**
     * Java only says whether standard input and output are terminals (System.console()); on Linux
     * /proc tells about standard error itself.
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.exists(fd2)) {
            try {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    @Override public boolean wantsTotal() { return true; }

    @Override public void total(long inputs) { bar.maxHint(inputs); }

    @Override public void done(long inputs) { bar.stepTo(inputs); }

    @Override public void close() { bar.close(); }
}
