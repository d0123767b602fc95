package io.xunlu.cli;

import io.xunlu.ingest.Format;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options every extracting command takes (the contract's --published, --format, --encoding; and --region). */
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

    @Option(names = "--region", paramLabel = "CODE|NAME", converter = RegionConverter.class,
            description = "the division the paper speaks from (GB/T 2260 code such as 320600, or a name such as 南通市): "
                    + "articles whose text and dateline do not say get it as their region")
    String region;

    public LocalDate published() { return published; }

    /** The region as a GB/T 2260 code, checked when the command line was read; null when not given. */
    public String region() { return region; }

    public Format format() { return Format.parse(format); }

    public String encoding() { return encoding; }
}
