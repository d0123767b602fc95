package io.xunlu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;

/**
 * One scored field: the article key that says whether gold annotated it, how an article (gold or
 * produced, the reader accepts both shapes) becomes items, how items match, and which attributes
 * are judged on matched items. perFile fields (dates) are compared as one set per input file.
 */
record ItemField(String name, String articleKey, Match match, Function<JsonNode, List<Item>> items,
                 List<AccuracyRule> rules, boolean perFile) {}
