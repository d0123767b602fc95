package io.xunlu.extract.date;

import java.time.LocalDate;

/**
 * One text as the date grammar reads it: the matching view (variants folded one for one), its
 * publication date and the number reader over it. Per call; shared by the rule classes of one scan.
 */
record DateText(DateLexicon lex, String s, LocalDate ref, NumberReader numbers) {
    static DateText of(DateLexicon lex, String text, LocalDate published) {
        String view = lex.matchingView(text);
        return new DateText(lex, view, published, new NumberReader(view, lex.numerals));
    }
}
