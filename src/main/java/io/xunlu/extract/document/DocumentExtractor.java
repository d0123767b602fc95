package io.xunlu.extract.document;

import io.xunlu.extract.ArticleText;
import io.xunlu.extract.LocalSpan;
import io.xunlu.text.CodePoints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds cited documents: titles in 《》 whose head noun is a document's (办法, 方案, 意见 …) or that an
 * issuing verb introduces (县政府印发《…》), with the bodies that issued them where the text says so.
 * A short title that shortens one cited earlier (《办法(试行)》 after the full title) is one more
 * mention of that document. Newspapers and programmes (《人民日报》报道) are left out.
 *
 * <p>Immutable and thread-safe. The vocabulary is in models/documents/. Every look-around is bounded
 * (titles by {@link TitleBrackets#MAX_TITLE}, issuers by {@link #MAX_RUN}), so the cost is linear.
 */
public final class DocumentExtractor {
    /** The longest stretch of name characters read as issuers before one verb. */
    static final int MAX_RUN = 40;
    private static final int MAX_ISSUER = 24;
    private static final int MAX_ISSUERS = 8;
    private static final int SHORT_FORM_REACH = 32;
    /** Characters of a date written between an issuer and its verb (县政府2021年5月印发). */
    private static final String DATE_CHARS = "0123456789年月日号初底旬";

    private final DocumentLexicon lex;

    private final NamedDocuments named;
    private final TitleIssuers titleIssuers;

    public DocumentExtractor() {
        this.lex = DocumentLexicon.get();
        this.named = new NamedDocuments(lex);
        this.titleIssuers = new TitleIssuers(lex);
    }

    public List<DocumentFinding> extract(ArticleText article) {
        String text = article.text();
        String s = lex.matchingView(text);
        List<Cited> cited = new ArrayList<>();
        Map<String, Cited> byKey = new HashMap<>();
        for (LocalSpan span : TitleBrackets.find(text)) {
            String key = withoutBreaks(s, span);
            if (key.isEmpty()) continue;
            String core = core(key);
            String head = DocumentLexicon.endingAt(lex.headNouns, core, core.length());
            if (isMedia(s, span, core, head)) continue;
            int verb = verbBefore(s, span.start() - 1);
            // 以《黄土地里的长寿草》为题: a work cited by its title
            boolean titled = span.start() >= 2 && s.charAt(span.start() - 2) == '以' && s.startsWith("为题", span.end() + 1);
            // 作了《…》的报告: the kind stands after the title
            boolean kindAfter = DocumentLexicon.startingAt(lex.kindAfter, s, span.end() + 1) != null;
            if (head == null && verb < 0 && !titled && !kindAfter) continue;
            List<LocalSpan> issuers = verb < 0 ? List.of() : issuersBefore(s, verb);
            Cited doc = earlierCitation(cited, byKey, key);
            if (doc == null) {
                String rule = titled && head == null && verb < 0 ? "titled" : kindAfter && head == null && verb < 0 ? "kind-after"
                        : head == null ? "issuing-verb" : verb < 0 ? "head-noun" : "head-noun+issuing-verb";
                doc = new Cited(withoutBreaks(text, span), key, rule);
                cited.add(doc);
                byKey.put(key, doc);
            }
            doc.mentions.add(span);
            for (LocalSpan issuer : issuers) doc.issuers.putIfAbsent(issuer.of(s), issuer);
            // 《某县政府关于…的通知》: the title names its issuers where no verb before it does
            if (doc.issuers.isEmpty()) for (LocalSpan issuer : titleIssuers.of(s, span)) doc.issuers.putIfAbsent(issuer.of(s), issuer);
        }
        addNamed(text, s, cited, byKey);
        return cited.stream().map(Cited::finding).toList();
    }

    /** Documents named without 《》 (NamedDocuments), outside every bracketed title. */
    private void addNamed(String text, String s, List<Cited> cited, Map<String, Cited> byKey) {
        boolean[] inTitle = new boolean[s.length()];
        for (LocalSpan span : TitleBrackets.find(text)) {
            for (int k = Math.max(0, span.start() - 1); k < Math.min(s.length(), span.end() + 1); k++) inTitle[k] = true;
        }
        for (NamedDocuments.Named n : named.find(s, inTitle)) {
            String key = withoutBreaks(s, n.span());
            Cited doc = byKey.get(key);
            if (doc == null) {
                doc = new Cited(withoutBreaks(text, n.span()), key, n.rule());
                cited.add(doc);
                byKey.put(key, doc);
            }
            doc.mentions.add(n.span());
            int verb = n.rule().startsWith("issuing-verb") ? verbBefore(s, n.span().start()) : -1;
            if (verb >= 0) for (LocalSpan issuer : issuersBefore(s, verb)) doc.issuers.putIfAbsent(issuer.of(s), issuer);
            // 中央12号文件: the body before the number numbered it
            LocalSpan body = n.rule().equals("numbered-file") ? NamedDocuments.numberingBody(s, n.span()) : null;
            if (body != null) doc.issuers.putIfAbsent(body.of(s), body);
        }
    }

    /** A document as it accumulates mentions and issuers over the article. */
    private static final class Cited {
        final String title, key, rule;
        final List<LocalSpan> mentions = new ArrayList<>();
        final Map<String, LocalSpan> issuers = new LinkedHashMap<>();

        Cited(String title, String key, String rule) {
            this.title = title;
            this.key = key;
            this.rule = rule;
        }

        DocumentFinding finding() { return new DocumentFinding(title, List.copyOf(issuers.values()), mentions, rule); }
    }

    // ---- what the title is

    private boolean isMedia(String s, LocalSpan span, String core, String head) {
        if (DocumentLexicon.startingAt(lex.mediaAfter, s, span.end() + 1) != null) return true;
        if (DocumentLexicon.endingAt(lex.mediaBefore, s, span.start() - 1) != null) return true;
        String ending = DocumentLexicon.endingAt(lex.mediaEndings, core, core.length());
        // 公报 is a document although it ends like 日报: the longer ending decides
        return ending != null && (head == null || ending.length() > head.length());
    }

    /** The title without trailing parentheses: 补助办法(试行) → 补助办法. */
    static String core(String key) {
        String core = key;
        while (core.endsWith(")")) {
            int open = core.lastIndexOf('(');
            if (open <= 0) break;
            core = core.substring(0, open);
        }
        return core;
    }

    private static String withoutBreaks(String text, LocalSpan span) {
        StringBuilder b = new StringBuilder(span.length());
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') b.append(c);
        }
        return b.toString();
    }

    /**
     * The earlier document this title repeats or shortens, latest first; null when it is new. Only the
     * last {@link #SHORT_FORM_REACH} documents are tried as long forms (a short form follows its full
     * title closely), which keeps a page of thousands of titles linear.
     */
    private Cited earlierCitation(List<Cited> cited, Map<String, Cited> byKey, String key) {
        Cited same = byKey.get(key);
        if (same != null) return same;
        for (int i = cited.size() - 1; i >= Math.max(0, cited.size() - SHORT_FORM_REACH); i--) {
            Cited c = cited.get(i);
            if (shortens(key, c.key)) return c;
        }
        return null;
    }

    /** 办法(试行) shortens 某某市…管理办法(试行); 规划纲要 shortens …规划和…远景目标纲要 (same head noun, letters in order). */
    private boolean shortens(String shortKey, String fullKey) {
        if (shortKey.length() >= fullKey.length()) return false;
        String shortCore = core(shortKey), fullCore = core(fullKey);
        String shortNote = shortKey.substring(shortCore.length()), fullNote = fullKey.substring(fullCore.length());
        if (!shortNote.isEmpty() && !shortNote.equals(fullNote)) return false;
        if (fullCore.endsWith(shortCore)) return true;
        String head = DocumentLexicon.endingAt(lex.headNouns, shortCore, shortCore.length());
        return head != null && shortCore.length() >= 4 && fullCore.endsWith(head) && inOrder(shortCore, fullCore);
    }

    private static boolean inOrder(String part, String whole) {
        int k = 0;
        for (int i = 0; i < whole.length() && k < part.length(); i++) if (whole.charAt(i) == part.charAt(k)) k++;
        return k == part.length();
    }

    // ---- who issued it

    /** Start of an issuing verb ending right before 《 (optionally followed by 了 or 的), or -1. */
    private int verbBefore(String s, int open) {
        int k = open;
        if (k > 0 && (s.charAt(k - 1) == '的' || s.charAt(k - 1) == '了')) k--;
        String verb = DocumentLexicon.endingAt(lex.issuingVerbs, s, k);
        return verb == null ? -1 : k - verb.length();
    }

    /** The bodies named before the verb: 县发改局、县住建局出台, 由区商务局和区科技局联合印发. */
    private List<LocalSpan> issuersBefore(String s, int verb) {
        int k = skipFillers(s, verb);
        List<LocalSpan> found = new ArrayList<>();
        while (found.size() < MAX_ISSUERS) {
            int runStart = k;
            while (runStart > 0 && k - runStart < MAX_RUN && isNameChar(s.charAt(runStart - 1))) runStart--;
            runStart = CodePoints.wholeForward(s, runStart);
            List<LocalSpan> names = namesIn(s, runStart, k);
            if (names.isEmpty()) break;
            found.addAll(0, names);
            // another body before a 、 only when this run was a bare name list
            if (names.get(0).start() != runStart || runStart == 0 || s.charAt(runStart - 1) != '、') break;
            k = runStart - 1;
        }
        return found;
    }

    private int skipFillers(String s, int k) {
        for (int guard = 0; guard < 8; guard++) {
            String filler = DocumentLexicon.endingAt(lex.fillers, s, k);
            if (filler != null) {
                k -= filler.length();
                continue;
            }
            int d = k;
            while (d > 0 && k - d < 12 && DATE_CHARS.indexOf(s.charAt(d - 1)) >= 0) d--;
            if (d < k && hasDateUnit(s, d, k)) {
                k = d;
                continue;
            }
            break;
        }
        return k;
    }

    private static boolean hasDateUnit(String s, int from, int to) {
        for (int i = from; i < to; i++) if ("年月日".indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    /** Names in [from, to), right to left, split at 和/与/及 only where both sides end like a body. */
    private List<LocalSpan> namesIn(String s, int from, int to) {
        List<LocalSpan> names = new ArrayList<>();
        int end = to;
        while (end > from && DocumentLexicon.endingAt(lex.issuerHeads, s, end) != null) {
            int split = -1;
            String joiner = null;
            for (int p = end - 1; p > from && split < 0; p--) {
                String j = DocumentLexicon.startingAt(lex.joiners, s, p);
                if (j != null && p + j.length() < end && DocumentLexicon.endingAt(lex.issuerHeads, s, p) != null) {
                    split = p;
                    joiner = j;
                }
            }
            int start = stripLeads(s, split < 0 ? from : split + joiner.length(), end);
            if (end - start < 2 || end - start > MAX_ISSUER) break;
            names.add(0, new LocalSpan(start, end));
            if (split < 0) break;
            end = split;
        }
        return names;
    }

    private int stripLeads(String s, int start, int end) {
        for (int guard = 0; guard < 6 && start < end; guard++) {
            String lead = DocumentLexicon.startingAt(lex.issuerLeads, s, start);
            if (lead == null || start + lead.length() >= end) break;
            start += lead.length();
        }
        return start;
    }

    private static boolean isNameChar(char c) {
        return Character.isIdeographic(c) || Character.isLetterOrDigit(c) && c < 0x80;
    }
}
