package io.xunlu.output;

import io.xunlu.json.Post;

/**
 * Resolves one of an official's titles to its post: the title as written, as the extractors read it
 * (folded), and the post of the official's title before it (null for the first).
 */
@FunctionalInterface
public interface PostLookup {
    Post of(String written, String folded, Post before);
}
