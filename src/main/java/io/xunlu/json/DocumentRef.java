package io.xunlu.json;

import java.util.List;

/** A cited document, plan or law, with its issuers where the text names them. */
public record DocumentRef(String title, List<String> issuers, List<Mention> mentions) {}
