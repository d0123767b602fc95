package io.xunlu.json;

import java.util.List;

/** A named organization or place with its mentions. */
public record Entity(String name, List<Mention> mentions) {}
