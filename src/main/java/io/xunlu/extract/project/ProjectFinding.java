package io.xunlu.extract.project;

import io.xunlu.extract.LocalSpan;
import java.util.List;

/** A named project: every mention, the event verb of its status, and its investor's span if named. */
public record ProjectFinding(String name, List<LocalSpan> mentions, String status, LocalSpan investor, String rule) {}
