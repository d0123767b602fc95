package io.xunlu.cli;

import io.xunlu.ingest.Format;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options every extracting command takes (the contract's --published, --format, --encoding). */
public final class ExtractOptions {
    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "publication date; resolves 昨天, 今年, 三季度 …")
    LocalDate published;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "auto|text|html",
            description = "input format (default: by file name and content)")
    String format;

    @Option(names = "--encoding", defaultValue = "auto", paramLabel = "auto|UTF-8|GB18030|Big5",
            description = "input encoding (default: detected)")
    String encoding;

    public LocalDate published() { return published; }

    public Format format() { return Format.parse(format); }

    public String encoding() { return encoding; }
}
