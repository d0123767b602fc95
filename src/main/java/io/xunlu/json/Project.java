package io.xunlu.json;

import java.util.List;

/** A named project or work, the event verb the text gives it, and the figures that measure it. */
public record Project(String name, String status, String investor, String location,
                      List<Mention> mentions, List<Fact> facts) {}
