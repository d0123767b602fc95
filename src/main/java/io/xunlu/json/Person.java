package io.xunlu.json;

import java.util.List;

/** A named person who is not an official and not a byline. */
public record Person(String name, String role, List<Mention> mentions) {}
