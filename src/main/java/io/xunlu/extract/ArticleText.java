package io.xunlu.extract;

import io.xunlu.analysis.Token;
import java.time.LocalDate;
import java.util.List;

/**
 * What every extractor sees of one item: its folded text (headline, decks and repaired body,
 * separated by newlines; full-width digits, letters and punctuation folded to ASCII), HanLP's
 * tokens over that text, and the publication date that relative dates resolve against (may be null).
 */
public record ArticleText(String text, List<Token> tokens, LocalDate published) {
    public static ArticleText of(String text) { return new ArticleText(text, List.of(), null); }
}
