package io.xunlu.extract.org;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.Coverage;
import io.xunlu.extract.EntityFinding;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.PhraseStart;
import io.xunlu.extract.official.Title;
import io.xunlu.extract.place.Gazetteer;
import io.xunlu.extract.place.Regions;
import io.xunlu.extract.official.TitleGrammar;
import io.xunlu.models.ModelFile;
import io.xunlu.text.CharMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Organizations by the head word that ends their names (…有限公司, …集团, …局, …管委会, …开发区), with
 * the phrase before it found as titles find theirs. A state body that only prefixes a post
 * (市委书记) is part of the title, not an organization; a firm named in a title (格力电器董事长) is one.
 */
public final class OrganizationExtractor {
    private static final int MAX_NAME = 30;

    private record Suffix(String word, String kind) {}

    private final CharMap<List<Suffix>> suffixesByFirst;
    private final PhraseStart phrases;
    private final TitleGrammar grammar;
    private final List<String> centralBodies;
    private final List<String> notOrgs;

    public OrganizationExtractor(PhraseStart phrases, TitleGrammar grammar) {
        this.phrases = phrases;
        this.grammar = grammar;
        Map<Character, List<Suffix>> byFirst = new HashMap<>();
        for (String[] row : ModelFile.rows("orgs/suffixes.tsv")) {
            byFirst.computeIfAbsent(row[0].charAt(0), k -> new ArrayList<>()).add(new Suffix(row[0], row[1]));
        }
        notOrgs = ModelFile.lines("orgs/not-orgs.txt").stream().map(String::strip).toList();
        centralBodies = ModelFile.lines("orgs/central-bodies.txt").stream().map(String::strip).toList();
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Suffix s) -> s.word.length()).reversed()));
        suffixesByFirst = new CharMap<>(byFirst);
    }

    public List<EntityFinding> extract(ArticleText a, TokenIndex tokens, List<Title> titles) {
        String text = a.text();
        List<EntityFinding> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            List<Suffix> cands = suffixesByFirst.get(text.charAt(i));
            if (cands == null) continue;
            for (Suffix s : cands) {
                int e = i + s.word.length();
                if (!text.startsWith(s.word, i) || !endsWord(text, tokens, e, s) || !startsWord(text, tokens, i, s)) continue;
                int start = afterFigures(text, i,
                        withParenthetical(text, tokens, phrases.startBefore(text, tokens, i, MAX_NAME, !s.kind.equals("firm"))));
                LocalSpan span = new LocalSpan(start, e);
                if (accept(text, tokens, span, i, s)) {
                    found.add(new EntityFinding(span, s.kind, "org.suffix"));
                    break;
                }
            }
        }
        for (String b : centralBodies) {
            for (int k = text.indexOf(b); k >= 0; k = text.indexOf(b, k + b.length())) {
                found.add(new EntityFinding(new LocalSpan(k, k + b.length()), "state", "org.central_body"));
            }
        }
        for (Title t : titles) {
            if (t.kind().equals("firm") && t.hasPrefix() && t.prefix().length() >= 2
                    && grammar.stateBodyAtEnd(t.prefix().of(text)) == null) {
                found.add(new EntityFinding(t.prefix(), "firm", "org.title_firm"));
            }
        }
        return dropContained(found);
    }

    /** 发行15亿元公司债券: a figure ends what precedes it; no name runs across an amount. */
    private static int afterFigures(String text, int headStart, int start) {
        int s = start;
        for (int k = start; k < headStart; k++) {
            if (Character.isDigit(text.charAt(k)) && k + 1 < headStart && "亿万元千百%".indexOf(text.charAt(k + 1)) >= 0) {
                s = k + 1;
                while (s < headStart && "亿万元千百%".indexOf(text.charAt(s)) >= 0) s++;
                k = s - 1;
            }
        }
        return s;
    }

    /** 恒远科技(南阳)有限公司: a short parenthetical place inside a firm's name belongs to it. */
    private int withParenthetical(String text, TokenIndex tokens, int start) {
        if (start < 3 || (text.charAt(start - 1) != ')' && text.charAt(start - 1) != '）')) return start;
        for (int k = start - 2; k >= Math.max(0, start - 8); k--) {
            char c = text.charAt(k);
            if (c == '(' || c == '（') return k > 0 ? phrases.startBefore(text, tokens, k, MAX_NAME, false) : k;
            if (PhraseStart.isBoundary(c)) return start;
        }
        return start;
    }

    /** The head begins a word, or sits inside a swallowing organization token: 协商会 holds no 商会. */
    private boolean startsWord(String text, TokenIndex tokens, int i, Suffix s) {
        for (String w : notOrgs) {
            int k = i + s.word.length() - w.length();
            if (k >= 0 && text.startsWith(w, k)) return false;
            // a word that opens with the head and runs on (公司债券 holds 公司, 大学生 holds 大学)
            if (w.length() > s.word.length() && w.startsWith(s.word) && text.startsWith(w, i)) return false;
        }
        Token t = tokens.at(i);
        return t == null || t.start() == i || t.end() == i + s.word.length() || t.tag().startsWith("nt") || t.tag().startsWith("nis");
    }

    /** The head ends a word: punctuation or a HanLP word boundary follows, not 委员/常委会/局面. */
    private static boolean endsWord(String text, TokenIndex tokens, int e, Suffix s) {
        if (e >= text.length()) return true;
        char next = text.charAt(e);
        if (PhraseStart.isBoundary(next)) return true;
        if (s.word.length() == 1 && "员会托面势部法理长".indexOf(next) >= 0) return false;
        return tokens.endsAt(e) || s.word.length() >= 2;
    }

    private boolean accept(String text, TokenIndex tokens, LocalSpan span, int headStart, Suffix s) {
        int before = headStart - span.start();
        if (!s.kind.equals("state") && countedAfter(text, span.end())) return false;
        String name = span.of(text);
        boolean prefixesPost = grammar.postAt(text, span.end()) != null;
        for (int k = 2; k <= 3 && k <= name.length(); k++) {
            TitleGrammar.PostMatch p = grammar.postAt(text, span.end() - k);
            if (p != null && p.end() == span.end()) return false; // 市委常委 ends in a post, it is a title
        }
        switch (s.kind) {
            case "state" -> {
                if (prefixesPost) return false;
                if (name.length() < 2 || before < 1) return false;
                char first = name.charAt(0);
                if (grammar.isLevel(first) || first == '团') return true;
                Token t = tokens.at(span.start());
                boolean place = (t != null && t.start() == span.start() && t.tag().startsWith("ns"))
                        || Gazetteer.standard().prefixAt(text, span.start()).map(m -> m.span().length() >= 2).orElse(false);
                return place && name.length() >= 3;
            }
            case "zone" -> {
                return before >= 2 && !name.startsWith("全");
            }
            case "institution" -> {
                return before >= 2 && namedPrefix(text, tokens, span.start(), headStart);
            }
            default -> {
                return before >= 2 && !Character.isDigit(name.charAt(0));
            }
        }
    }

    /**
     * 市政务服务中心, 县人民医院, 浙江大学: an institution's name opens with a level, a place, or a
     * proper name; 检查中心, 公办幼儿园, 数据中心 only say what kind of place it is.
     */
    private boolean namedPrefix(String text, TokenIndex tokens, int start, int headStart) {
        // 乡镇文化中心, 县乡医院: two levels in a row name a kind, not one body
        if (grammar.isLevel(text.charAt(start))) return !(start + 1 < headStart && grammar.isLevel(text.charAt(start + 1)));
        if (Gazetteer.standard().prefixAt(text, start).map(m -> m.span().length() >= 2).orElse(false)) return true;
        for (int len = 2; len <= 4 && start + len < headStart; len++) if (Regions.standard().isRegion(text.substring(start, start + len))) return true;
        for (int i = start; i < headStart; ) {
            Token t = tokens.at(i);
            if (t == null) return false;
            if (t.tag().startsWith("nr") || t.tag().startsWith("ns") || t.tag().startsWith("nz")) return true;
            if (t.start() == i && Regions.standard().isRegion(t.word())) return true;   // 苏南, 关中
            i = Math.max(i + 1, t.end());
        }
        return false;
    }

    /** 专业合作社150个, 企业9家: a kind of body being counted, not a named one. */
    private static boolean countedAfter(String text, int end) {
        int k = end;
        while (k < text.length() && k - end < 8 && (Character.isDigit(text.charAt(k)) || "一二三四五六七八九十两百千万余多.".indexOf(text.charAt(k)) >= 0)) k++;
        return k > end && k < text.length() && "个家所座处名".indexOf(text.charAt(k)) >= 0;
    }

    /** Keeps the longest of overlapping names (市政府办公室 over 市政府). */
    static List<EntityFinding> dropContained(List<EntityFinding> in) {
        List<EntityFinding> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingInt((EntityFinding f) -> f.span().length()).reversed());
        List<EntityFinding> kept = new ArrayList<>();
        Coverage used = new Coverage();
        for (EntityFinding f : sorted) {
            if (!used.covers(f.span())) {
                kept.add(f);
                used.add(f.span());
            }
        }
        kept.sort(Comparator.comparingInt(f -> f.span().start()));
        return kept;
    }
}
