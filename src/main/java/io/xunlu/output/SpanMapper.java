package io.xunlu.output;

import io.xunlu.extract.LocalSpan;
import io.xunlu.ingest.ReadingGlosses;
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
     * The source text of a span with layout breaks (newlines, column gaps) taken out; the pinyin
     * readings the folding dropped stay, as the page wrote them (發(fā)展).
     */
    public String text(LocalSpan s) {
        StringBuilder sb = new StringBuilder();
        String src = source.text();
        int last = -1;
        for (int i = s.start(); i < s.end(); i++) {
            int k = view.sourceIndex(i);
            if (k < 0) continue;
            if (last >= 0 && k > last + 1 && ReadingGlosses.isGloss(src, last + 1, k)) sb.append(src, last + 1, k);
            sb.append(src.charAt(k));
            last = k;
        }
        return sb.toString();
    }

    public SourceText source() { return source; }
}
