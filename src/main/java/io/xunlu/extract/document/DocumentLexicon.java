package io.xunlu.extract.document;

import io.xunlu.text.CharSubstitution;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The document vocabulary under models/documents/, loaded once; immutable and safe to share. */
final class DocumentLexicon {
    private static final String DIR = "documents/";

    /** Each list longest word first, so the first word that fits is the longest. */
    final List<String> headNouns;
    final List<String> issuingVerbs;
    final List<String> fillers;
    final List<String> issuerHeads;
    final List<String> issuerLeads;
    final List<String> joiners;
    final List<String> mediaAfter;
    final List<String> mediaBefore;
    final List<String> mediaEndings;
    final List<String> namedTitles;
    /** Words after 》 that make the title a document's (《…》的报告). */
    final List<String> kindAfter;
    private final CharSubstitution variants;

    private DocumentLexicon() {
        headNouns = words("head-nouns.txt");
        issuingVerbs = words("issuing-verbs.txt");
        fillers = words("issuer-fillers.txt");
        issuerHeads = words("issuer-heads.txt");
        issuerLeads = words("issuer-leads.txt");
        joiners = words("issuer-joiners.txt");
        List<String> after = new ArrayList<>(), before = new ArrayList<>(), endings = new ArrayList<>();
        for (String[] r : rows("media-context.tsv")) {
            switch (r[0]) {
                case "after" -> after.add(r[1]);
                case "before" -> before.add(r[1]);
                case "ending" -> endings.add(r[1]);
                default -> throw new IllegalStateException("media-context.tsv: unknown side " + r[0]);
            }
        }
        mediaAfter = longestFirst(after);
        mediaBefore = longestFirst(before);
        mediaEndings = longestFirst(endings);
        variants = new CharSubstitution(rows("variants.tsv"));
        namedTitles = words("named-titles.txt");
        kindAfter = words("kind-after.txt");
    }

    private static final class Holder {
        static final DocumentLexicon INSTANCE = new DocumentLexicon();
    }

    static DocumentLexicon get() { return Holder.INSTANCE; }

    /** The text as the rules read it: variant characters replaced one for one, offsets unchanged. */
    String matchingView(String text) {
        return variants.apply(text);
    }

    /** The longest word of the list that ends at {@code end} in text, or null. */
    static String endingAt(List<String> words, String text, int end) {
        for (String w : words) if (end >= w.length() && text.startsWith(w, end - w.length())) return w;
        return null;
    }

    /** The longest word of the list that starts at {@code start} in text, or null. */
    static String startingAt(List<String> words, String text, int start) {
        for (String w : words) if (text.startsWith(w, start)) return w;
        return null;
    }

    private static List<String> words(String file) {
        List<String> out = new ArrayList<>();
        for (String[] r : rows(file)) out.add(r[0]);
        return longestFirst(out);
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static List<String[]> rows(String file) {
        return ModelFile.rows(DIR + file);
    }
}
