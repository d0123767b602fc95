package io.xunlu.extract.project;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A project's status: the event verb (开工, 签约, 投产 …) of the sentence that names it, of the
 * list it stands in, or of the item's headline. Returned as the verb's span, so the status reads
 * as the source writes it (簽約 in a Traditional text); of a compound only its event part
 * (开工建设 → 开工, 建成投运 → 投运).
 */
final class ProjectStatus {
    /** One verb as matched and the part of it that is the status. */
    private record Verb(String written, int partStart, int partLength) {}

    /** A verb found in the text: the status part, and where the whole written verb ends. */
    private record Found(LocalSpan status, int end) {}

    /** Sentences are read within a bounded window: a text without punctuation cannot make this quadratic. */
    static final int MAX_SENTENCE = 300;
    private static final String SENTENCE_ENDS = "。！？!?；;\n";

    private final List<Verb> verbs;
    private final List<String> nonEvents;

    ProjectStatus() {
        List<Verb> l = new ArrayList<>();
        for (String[] row : ModelFile.rows("projects/status-verbs.txt")) {
            String w = row[0].strip();
            String part = row.length > 1 && !row[1].isBlank() ? row[1].strip() : w;
            int at = w.indexOf(part);
            l.add(at < 0 ? new Verb(w, 0, w.length()) : new Verb(w, at, part.length()));
        }
        l.sort(Comparator.comparingInt((Verb v) -> v.written().length()).reversed());
        verbs = List.copyOf(l);
        nonEvents = ModelFile.lines("projects/status-nonevents.txt").stream().map(String::strip).toList();
    }

    /**
     * The event verb near a mention: after it in its sentence (…项目正式开工), else before it
     * (签约的…项目); a verb followed by 后 (建成后, 达产后) is a future condition, not a status.
     */
    LocalSpan near(String text, TokenIndex tokens, LocalSpan m) {
        int end = sentenceEnd(text, m.end());
        for (int i = m.end(); i < end; i++) {
            Found v = find(text, tokens, i);
            if (v != null) return v.status();
        }
        int start = sentenceStart(text, m.start());
        for (int i = m.start() - 1; i >= start; i--) {
            Found v = find(text, tokens, i);
            if (v != null && v.end() <= m.start()) return v.status();
        }
        return null;
    }

    /** The event of the item when its headline names one (…集中签约, …开工): the status of the projects in it. */
    LocalSpan headline(String text, TokenIndex tokens) {
        int nl = text.indexOf('\n');
        if (nl <= 0 || nl > 40) return null;
        for (int i = 0; i < nl; i++) {
            Found v = find(text, tokens, i);
            if (v != null && v.end() <= nl) return v.status();
        }
        return null;
    }

    /** The status verb starting at i, or null: a whole word (施工 inside 实施工地 is none), no condition, no modifier. */
    LocalSpan verbAt(String text, TokenIndex tokens, int i) {
        Found f = find(text, tokens, i);
        return f == null ? null : f.status();
    }

    /** Where the whole event verb starting at i ends (开工建设 → after 建设), or -1. */
    int verbEnd(String text, TokenIndex tokens, int i) {
        Found f = find(text, tokens, i);
        return f == null ? -1 : f.end();
    }

    private Found find(String text, TokenIndex tokens, int i) {
        for (Verb v : verbs) {
            if (!text.startsWith(v.written(), i)) continue;
            int e = i + v.written().length();
            if (!wordAligned(tokens, i, e)) continue; // 开工建设 split otherwise may still hold 开工
            if (isCondition(text, e) || isModifier(text, e)) return null;
            return new Found(new LocalSpan(i + v.partStart(), i + v.partStart() + v.partLength()), e);
        }
        return null;
    }

    /**
     * The verb does not straddle a word boundary (施工 inside 实施/工地 is none): it starts a word or
     * ends one (新开工), and it ends a word or starts one (竣工验收). Without tokens any match counts.
     */
    private static boolean wordAligned(TokenIndex tokens, int s, int e) {
        Token first = tokens.at(s);
        if (first == null) return true;
        boolean starts = first.start() == s || first.end() == e;
        boolean ends = tokens.endsAt(e) || first.start() == s;
        return starts && ends;
    }

    private static boolean isCondition(String text, int after) {
        return text.startsWith("后", after) || text.startsWith("以后", after) || text.startsWith("时", after)
                || text.startsWith("前", after);
    }

    private boolean isModifier(String text, int after) {
        for (String w : nonEvents) if (text.startsWith(w, after)) return true;
        return false;
    }

    static int sentenceStart(String text, int i) {
        int k = i;
        int limit = Math.max(0, i - MAX_SENTENCE);
        while (k > limit && SENTENCE_ENDS.indexOf(text.charAt(k - 1)) < 0) k--;
        return k;
    }

    static int sentenceEnd(String text, int i) {
        int k = i;
        int limit = Math.min(text.length(), i + MAX_SENTENCE);
        while (k < limit && SENTENCE_ENDS.indexOf(text.charAt(k)) < 0) k++;
        return k;
    }
}
