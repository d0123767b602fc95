package io.xunlu.extract.document;

import io.xunlu.extract.LocalSpan;
import java.util.List;

/**
 * A document, plan or law cited in an article.
 *
 * @param title    the full title as written between 《》, brackets excluded (line breaks left by layout removed)
 * @param issuers  spans of the bodies the text says issued it (县政府办公室印发《…》), first occurrence of each
 * @param mentions spans of the title text inside 《》, one per occurrence, short forms (《办法(试行)》) included
 * @param rule     how it was recognized: head noun of the title, or an issuing verb before it
 */
public record DocumentFinding(String title, List<LocalSpan> issuers, List<LocalSpan> mentions, String rule) {
    public DocumentFinding {
        issuers = List.copyOf(issuers);
        mentions = List.copyOf(mentions);
    }
}
