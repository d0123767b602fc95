package io.xunlu.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: the team's shared sample articles (system property xunlu.shared, default ../shared). */
final class SharedCorpus {
    private SharedCorpus() {}

    /** The articles folder, or the test is skipped when this machine has no shared folder. */
    static Path articles() {
        Path dir = Path.of(System.getProperty("xunlu.shared", "../shared")).resolve("articles");
        assumeTrue(Files.isDirectory(dir), "no shared articles at " + dir);
        return dir;
    }
}
