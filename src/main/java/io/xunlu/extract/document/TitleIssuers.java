package io.xunlu.extract.document;

import io.xunlu.extract.LocalSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The issuers an official document's title opens with, [issuers]关于[subject]的[kind]
 * (《某省人民政府关于…的意见》, 《某县安委会办公室 某县减灾委办公室关于…的通知》): read where no
 * issuing verb before the title names them. Bounded by the title. Immutable.
 */
final class TitleIssuers {
    private static final String ABOUT = "关于";
    /** What separates two issuers written before 关于. */
    private static final String SEPARATORS = " 、";

    private final DocumentLexicon lex;

    TitleIssuers(DocumentLexicon lex) { this.lex = lex; }

    /**
     * The issuers before the 关于 of the title at span (in s, the matching view), each ending like a
     * body (issuer-heads.txt) and separated by a space or 、; none unless every piece is one.
     */
    List<LocalSpan> of(String s, LocalSpan span) {
        int about = s.indexOf(ABOUT, span.start());
        if (about < 0 || about >= span.end()) return List.of();
        List<LocalSpan> out = new ArrayList<>();
        int pieceStart = span.start();
        for (int k = span.start(); k <= about; k++) {
            if (k < about && SEPARATORS.indexOf(s.charAt(k)) < 0) continue;
            if (k > pieceStart) out.add(new LocalSpan(pieceStart, k));
            pieceStart = k + 1;
        }
        for (LocalSpan p : out) {
            boolean name = DocumentLexicon.endingAt(lex.issuerHeads, s, p.end()) != null;
            for (int k = p.start(); name && k < p.end(); k++) name = Character.isIdeographic(s.charAt(k));
            if (!name) return List.of();
        }
        return out;
    }
}
