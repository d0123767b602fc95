package io.xunlu.output;

import io.xunlu.extract.LocalSpan;
import io.xunlu.ingest.MatchFolding;
import io.xunlu.json.Mention;
import io.xunlu.text.MappedText;
import io.xunlu.text.SourceText;
import io.xunlu.text.Span;

/**
 * Maps spans of the text an extractor read back onto the source: through the item view's offset
 * map to source UTF-16 units, then to code points. The span's text is the source at those offsets,
 * never the folded form (a Traditional page keeps its Traditional characters).
 */
public final class SpanMapper {
    private final MappedText view;
    private final SourceText source;

    public SpanMapper(MappedText view, SourceText source) {
        this.view = view;
        this.source = source;
    }

    /** The source span, or null when the local span covers only inserted separators. */
    public Span map(LocalSpan s) {
        int[] src = view.toSource(s.start(), s.end());
        if (src == null) return null;
        return source.span(src[0], src[1]);
    }

    public Mention mention(LocalSpan s, String rule) {
        Span m = map(s);
        return m == null ? null : Mention.of(m, rule);
    }

    /**
     * The source text of a span with layout breaks (newlines, column gaps) taken out. A converter's
     * pinyin gloss inside it (協(xié)會) is no layout: it stays, as the text writes it.
     */
    public String text(LocalSpan s) {
        StringBuilder sb = new StringBuilder();
        String src = source.text();
        int last = -1;
        for (int i = s.start(); i < s.end(); i++) {
            int k = view.sourceIndex(i);
            if (k < 0) continue;
            if (last >= 0 && k > last + 1 && isGloss(src, last, k)) sb.append(src, last + 1, k);
            sb.append(src.charAt(k));
            last = k;
        }
        return sb.toString();
    }

    /**
     * A title's text: as {@link #text}, and a converter's gloss on its last character too (縣長(zhǎng)),
     * which belongs to the title as written (a name is written without it).
     */
    public String titleText(LocalSpan s) {
        String t = text(s);
        int last = -1;
        for (int i = s.end() - 1; i >= s.start() && last < 0; i--) last = view.sourceIndex(i);
        if (last < 0) return t;
        String src = source.text();
        int end = Math.min(src.length(), last + 2 + MAX_GLOSS);
        java.util.BitSet g = MatchFolding.pinyinGlosses(src.substring(last, end));
        if (!g.get(1)) return t;
        return t + src.substring(last + 1, last + g.nextClearBit(1));
    }

    private static final int MAX_GLOSS = 9;

    /** The source units between after and before are pinyin glosses and nothing else. */
    private static boolean isGloss(String src, int after, int before) {
        char open = src.charAt(after + 1);
        if (open != '(' && open != '（') return false;
        java.util.BitSet g = MatchFolding.pinyinGlosses(src.substring(after, before));
        return g.nextClearBit(1) == before - after;
    }

    public SourceText source() { return source; }
}
