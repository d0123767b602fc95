package io.xunlu.extract.place;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.LocalSpan;
import java.util.List;
import java.util.Set;

/**
 * Place candidates from HanLP's place tag (ns), cleaned of what the segmenter glues to them: a
 * particle, preposition or verb before the name (的某市/ns, 将为某县/ns, 向自治区/ns), 全 after it
 * (某地全州/ns), and words cut across a known name (某省海/ns 东州/nz, where the gazetteer knows the
 * names). Immutable, thread-safe.
 */
final class TokenPlaces {
    private static final String GLUE = "后来向于及将为在从赴对与和把被让给到由经至随";
    private static final List<String> STEM_HEADS = List.of("街道", "大道", "大街", "镇", "乡", "村", "路", "街");

    private final Gazetteer gazetteer;
    private final Regions regions;
    private final Set<String> countries;

    TokenPlaces(Gazetteer gazetteer, Regions regions, Set<String> countries) {
        this.gazetteer = gazetteer;
        this.regions = regions;
        this.countries = countries;
    }

    /** The token's place name with its glue removed, or null when nothing of two characters is left. */
    LocalSpan cleaned(String text, TokenIndex tokens, Token t) {
        return withoutWhole(text, withoutGlue(text, withStemBefore(text, tokens, new LocalSpan(t.start(), t.end()))));
    }

    /**
     * 李家/nz 湾街道/ns, 柳/ng 林大道/ns: a place word whose stem is one character before its head
     * (街道, 大道, 镇, 村) lost the rest of its name to the word before; a short name word joins it.
     */
    private static LocalSpan withStemBefore(String text, TokenIndex tokens, LocalSpan span) {
        int headLen = 0;
        for (String h : STEM_HEADS) if (span.length() == h.length() + 1 && text.startsWith(h, span.start() + 1)) headLen = h.length();
        if (headLen == 0 || span.start() == 0) return span;
        Token before = tokens.at(span.start() - 1);
        if (before == null || before.end() != span.start() || before.end() - before.start() > 2) return span;
        String tag = before.tag();
        boolean name = tag.startsWith("nz") || tag.startsWith("nr") || tag.equals("ng") || tag.startsWith("ns");
        return name ? new LocalSpan(before.start(), span.end()) : span;
    }

    /**
     * A HanLP place word is kept when it is a known division, region or country, or long enough to
     * be a name, and does not cut across a name the gazetteer found.
     */
    boolean confirmed(String text, LocalSpan span, KnownSpans known) {
        String word = span.of(text);
        return (isKnown(word) || word.length() >= 3) && !known.crosses(span);
    }

    /**
     * The names found before HanLP's place words are read, by position, so that whether a word cuts
     * across one costs the word's length, not the number of names (linear on hostile input).
     */
    static final class KnownSpans {
        private final int[] startAt;
        private final int[] endAt;

        KnownSpans(int length, List<LocalSpan> spans) {
            startAt = new int[length];
            endAt = new int[length];
            java.util.Arrays.fill(startAt, -1);
            for (LocalSpan k : spans) {
                for (int i = Math.max(0, k.start()); i < Math.min(length, k.end()); i++) {
                    // keep the widest name over a position
                    if (startAt[i] < 0 || k.end() - k.start() > endAt[i] - startAt[i]) {
                        startAt[i] = k.start();
                        endAt[i] = k.end();
                    }
                }
            }
        }

        /** The span starts or ends strictly inside a known name without holding it whole. */
        boolean crosses(LocalSpan s) {
            for (int i = s.start(); i < s.end() && i < startAt.length; i++) {
                if (startAt[i] < 0) continue;
                boolean holds = s.start() <= startAt[i] && endAt[i] <= s.end();
                boolean inside = startAt[i] <= s.start() && s.end() <= endAt[i];
                if (!holds && !inside) return true;
            }
            return false;
        }
    }

    boolean isKnown(String word) {
        return gazetteer.isDivisionName(word) || regions.isRegion(word) || countries.contains(word);
    }

    /** 某地全州/ns, 某市全市: a known name and 全 (the whole of it) is the name alone. */
    private LocalSpan withoutWhole(String text, LocalSpan span) {
        if (span == null) return null;
        for (int k = span.start() + 2; k + 1 < span.end(); k++) {
            if (text.charAt(k) == '全' && isKnown(text.substring(span.start(), k))) return new LocalSpan(span.start(), k);
        }
        return span;
    }

    /**
     * 的, 着 and 之 never open a name; another function character is dropped when what follows is a
     * known name and the whole is not (来凤县 and 和平区 open with one and are names).
     */
    private LocalSpan withoutGlue(String text, LocalSpan span) {
        if (isKnown(span.of(text))) return span;
        int s = span.start();
        while (s < span.end() && "的着著之".indexOf(text.charAt(s)) >= 0) s++;
        for (int k = 1; k <= 2 && s + k + 2 <= span.end(); k++) {
            boolean glue = true;
            for (int j = s; j < s + k; j++) glue &= GLUE.indexOf(text.charAt(j)) >= 0;
            if (glue && isKnown(text.substring(s + k, span.end()))) {
                s += k;
                break;
            }
        }
        return span.end() - s >= 2 ? (s == span.start() ? span : new LocalSpan(s, span.end())) : null;
    }
}
