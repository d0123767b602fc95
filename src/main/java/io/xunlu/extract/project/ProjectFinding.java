package io.xunlu.extract.project;

import io.xunlu.extract.LocalSpan;
import java.util.List;

/**
 * A named project: every mention, the span of the event verb its status is read from (null when
 * none), and its investor's span if named.
 */
public record ProjectFinding(String name, List<LocalSpan> mentions, LocalSpan status, LocalSpan investor, String rule) {}
