package io.xunlu;

import io.xunlu.link.LinkedOfficial;
import java.util.List;

/** Everything found in one item, in the coordinates of the item's view text, linked. */
public record ArticleFacts(List<LinkedOfficial> officials) {}
