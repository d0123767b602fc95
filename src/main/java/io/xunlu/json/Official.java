package io.xunlu.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One named office holder per article, with every title the article gives them, in text order, and
 * each title resolved to the division it is held in (posts, one per title, same order).
 */
@JsonPropertyOrder({"name", "titles", "posts", "titleMentions", "mentions"})
public record Official(String name, List<String> titles, List<Post> posts, List<Mention> titleMentions, List<Mention> mentions) {}
