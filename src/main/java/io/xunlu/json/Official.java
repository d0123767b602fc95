package io.xunlu.json;

import java.util.List;

/** One named office holder per article, with every title the article gives them, in text order. */
public record Official(String name, List<String> titles, List<Mention> titleMentions, List<Mention> mentions) {}
