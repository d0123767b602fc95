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
import java.util.Set;

/**
 * Organizations by the head word that ends their names (…有限公司, …集团, …局, …管委会, …开发区), with
 * the phrase before it found as titles find theirs. A state body that only prefixes a post
 * (市委书记) is part of the title, not an organization; a firm named in a title (格力电器董事长) is one.
 */
public final class OrganizationExtractor {
    /** 各乡镇政府, 所有区县政府, 部分省政协: a quantifier makes a kind of body, not one body. */
    private static final List<String> QUANTIFIERS = List.of("各", "所有", "全", "部分", "有关", "相关", "其他", "其它", "个别", "一些", "多个", "两级", "三级", "四级", "五级");

    private static final String NUMERAL_CHARS = "0123456789一二三四五六七八九十两几数";

    /** Heads a department may carry without its level word (住建局, 新闻办, 发改委). */
    private static final Set<String> BARE_HEADS = Set.of("局", "办", "厅", "委", "委会", "办公室");

    private record Suffix(String word, String kind) {}

    private final CharMap<List<Suffix>> suffixesByFirst;
    private final TitleGrammar grammar;
    private final CentralBodies centralBodies = new CentralBodies();
    private final OrgNameStart names;
    private final OrgLists lists;
    private final List<String> notOrgs;
    private final List<String> zoneWords;
    private final MediaCredits media = new MediaCredits();

    public OrganizationExtractor(PhraseStart phrases, TitleGrammar grammar) {
        this.grammar = grammar;
        Map<Character, List<Suffix>> byFirst = new HashMap<>();
        for (String[] row : ModelFile.rows("orgs/suffixes.tsv")) {
            byFirst.computeIfAbsent(row[0].charAt(0), k -> new ArrayList<>()).add(new Suffix(row[0], row[1]));
        }
        notOrgs = ModelFile.lines("orgs/not-orgs.txt").stream().map(String::strip).toList();
        names = new OrgNameStart(phrases, grammar);
        lists = new OrgLists(phrases);
        zoneWords = ModelFile.rows("orgs/suffixes.tsv").stream().filter(r -> r.length > 1 && r[1].equals("zone")).map(r -> r[0]).toList();
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Suffix s) -> s.word.length()).reversed()));
        suffixesByFirst = new CharMap<>(byFirst);
    }

    public List<EntityFinding> extract(ArticleText a, TokenIndex tokens, List<Title> titles) {
        String text = a.text();
        List<EntityFinding> found = new ArrayList<>();
        Map<Integer, Integer> startByEnd = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            List<Suffix> cands = suffixesByFirst.get(text.charAt(i));
            if (cands == null) continue;
            for (Suffix s : cands) {
                int e = i + s.word.length();
                if (!text.startsWith(s.word, i) || !endsWord(text, tokens, e, s) || !startsWord(text, tokens, i, s)) continue;
                int start = names.before(text, tokens, i, s.kind.equals("firm"), s.kind.equals("state"));
                // 某县安委会 + 办公室, 某市公安局 + 交警大队: a head right after a body's name extends that name
                Integer outer = startByEnd.get(i);
                if (outer != null && outer < start) start = outer;
                LocalSpan span = new LocalSpan(start, e);
                if (accept(text, tokens, span, i, s)) {
                    found.add(new EntityFinding(span, s.kind, "org.suffix"));
                    startByEnd.put(e, start);
                    break;
                }
                // 某区公安局治安大队大队长: the bodies inside a name that only prefixes a post prefix it too
                if (prefixesPost(text, e)) {
                    LocalSpan whole = span;
                    found.removeIf(f -> f.span().start() >= whole.start() && f.span().end() <= whole.end());
                }
            }
        }
        for (LocalSpan m : media.inSourceFields(text, 0, text.length())) found.add(new EntityFinding(m, "media", "org.credit"));
        for (LocalSpan m : media.agenciesCited(text)) found.add(new EntityFinding(m, "media", "org.credit"));
        for (LocalSpan m : media.beforeDates(text, 0, text.length())) found.add(new EntityFinding(m, "media", "org.credit"));
        for (int ls = 0; ls < text.length(); ls = text.indexOf('\n', ls) + 1) {
            LocalSpan d = media.atLineStart(text, ls);
            if (d != null) found.add(new EntityFinding(d, "media", "org.dateline"));
            if (text.indexOf('\n', ls) < 0) break;
        }
        for (LocalSpan c : centralBodies.find(text)) found.add(new EntityFinding(c, "state", "org.central_body"));
        for (Title t : titles) {
            String prefix = t.hasPrefix() ? t.prefix().of(text) : "";
            // 该公司总经理: a bare head word (公司, 集团) names no firm
            if (t.kind().equals("firm") && prefix.length() >= 2 && grammar.stateBodyAtEnd(prefix) == null && !isHeadWord(prefix)
                    && !(t.prefix().start() > 0 && "该本此这其".indexOf(text.charAt(t.prefix().start() - 1)) >= 0)) {
                found.add(new EntityFinding(t.prefix(), "firm", "org.title_firm"));
            }
        }
        List<EntityFinding> kept = dropContained(found);
        kept.addAll(lists.find(text, tokens, kept));
        return dropContained(kept);
    }


    private boolean isHeadWord(String w) {
        List<Suffix> l = suffixesByFirst.get(w.charAt(0));
        return l != null && l.stream().anyMatch(x -> x.word.equals(w));
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

    /**
     * The head ends a word: punctuation or a HanLP word boundary follows, not 委员/常委会/局面; or a
     * level word opens the next body (市委市政府/nt is two bodies).
     */
    private boolean endsWord(String text, TokenIndex tokens, int e, Suffix s) {
        if (e >= text.length()) return true;
        char next = text.charAt(e);
        if (PhraseStart.isBoundary(next)) return true;
        if (grammar.isLevel(next) && OrgNameStart.BODY_ENDS.indexOf(text.charAt(e - 1)) >= 0 && e + 1 < text.length()
                && !grammar.isLevel(text.charAt(e + 1))) return true;
        if (s.word.length() == 1 && "员会托面势部法理长".indexOf(next) >= 0) return false;
        return tokens.endsAt(e) || s.word.length() >= 2;
    }

    private boolean accept(String text, TokenIndex tokens, LocalSpan span, int headStart, Suffix s) {
        int before = headStart - span.start();
        if (quantifiedBefore(text, span.start())) return false;
        if (!s.kind.equals("state") && countedAfter(text, span.end())) return false;
        String name = span.of(text);
        if (referenceOrCount(name, headStart - span.start()) || s.kind.equals("state") && namesSession(text, span)) return false;
        boolean prefixesPost = prefixesPost(text, span.end());
        for (int k = 2; k <= 3 && k <= name.length(); k++) {
            TitleGrammar.PostMatch p = grammar.postAt(text, span.end() - k);
            if (p != null && p.end() == span.end()) return false; // 市委常委 ends in a post, it is a title
        }
        switch (s.kind) {
            case "state" -> {
                if (prefixesPost) return false;
                if (name.length() < 2 || before < 1 || generic(name)) return false;
                // 区县政府 names two levels, a kind of body; 团县委 is the Youth League's county committee
                if (names.leveled(name)) return name.startsWith("团") || !(name.length() > 1 && grammar.isLevel(name.charAt(1)));
                Token t = tokens.at(span.start());
                boolean place = (t != null && t.start() == span.start() && t.tag().startsWith("ns"))
                        || Gazetteer.standard().prefixAt(text, span.start()).map(m -> m.span().length() >= 2).orElse(false);
                if (place && name.length() >= 3 || zoneBefore(text, span.start(), headStart)) return true;
                // 住建局, 新闻办, 农工办: a department named without its level, as lists and meetings name
                // them; a government, a congress or a CPPCC is always someone's (地方政府, 人民政协)
                return before >= 2 && BARE_HEADS.contains(s.word) && nounsOnly(tokens, span.start(), headStart)
                        && !namesUnit(text, span.start(), headStart);
            }
            case "unit", "group" -> {
                // 交警大队, 重庆总队, 市安全生产督导组; 州交警支队支队长 names a post, not the unit
                return !prefixesPost && before >= 2;
            }
            case "media" -> {
                return before >= 2 && "本该此".indexOf(name.charAt(0)) < 0;
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

    /** 市住建局局长, 市工商联党委书记: a post, or a party body and its post, follows the name. */
    private boolean prefixesPost(String text, int end) {
        if (grammar.postAt(text, end) != null) return true;
        for (int k = 1; k <= 3 && end + k < text.length(); k++) {
            if (grammar.stateBodyAtEnd(text.substring(end, end + k)) != null && grammar.postAt(text, end + k) != null) return true;
        }
        return false;
    }

    /** 各地消防支队, 各级安委办: a quantifier just before the name makes it a kind of body. */
    private static boolean quantifiedBefore(String text, int start) {
        return start >= 1 && text.charAt(start - 1) == '各' || start >= 2 && (text.charAt(start - 2) == '各' || text.startsWith("所有", start - 2));
    }

    /**
     * 该公司, 本集团: a reference back, not a name; 某某四家公司, 五市人大常委会, 县三级防汛办: a count of
     * bodies (a numeral before a measure word, 级 or a level word inside the name).
     */
    private boolean referenceOrCount(String name, int before) {
        if (before <= 2 && "该本此这其".indexOf(name.charAt(0)) >= 0) return true;
        for (int k = 1; k < before; k++) {
            boolean numeral = NUMERAL_CHARS.indexOf(name.charAt(k - 1)) >= 0;
            if (numeral && ("家个所座级".indexOf(name.charAt(k)) >= 0 || grammar.isLevel(name.charAt(k)))) return true;
        }
        return false;
    }

    /**
     * 市八届人大常委会第十四次会议, 自治区政协十一届五次会议, 县安委会第六次全体会议: a body named with the
     * session of its meeting names the meeting, not the body acting.
     */
    private static boolean namesSession(String text, LocalSpan span) {
        if (span.of(text).indexOf('届') >= 0) return true;
        int k = span.end();
        if (text.startsWith("第", k)) k++; // 某安委会第六次全体成员会议
        int d = k;
        while (k < text.length() && k - d < 4 && NUMERAL_CHARS.indexOf(text.charAt(k)) >= 0) k++;
        return k > d && k < text.length() && (text.charAt(k) == '届' || text.charAt(k) == '次' && d > span.end());
    }

    /** 各乡镇政府, 9个区县政府: a counted or quantified kind of body. */
    private static boolean generic(String name) {
        if (Character.isDigit(name.charAt(0))) return true;
        for (String q : QUANTIFIERS) if (name.startsWith(q)) return true;
        return name.indexOf('各') >= 0;
    }


    /** 北部新区管委会, 高新区党工委: a zone's name before a body's head names whose body it is. */
    private boolean zoneBefore(String text, int start, int headStart) {
        for (String z : zoneWords) if (headStart - start > z.length() && text.startsWith(z, headStart - z.length())) return true;
        return false;
    }

    /**
     * 中共某市委, 某县第八届委员会: a level word or a place inside the name makes it a unit's body,
     * which the level rules above judge; the bare-department rule is for names without one.
     */
    private boolean namesUnit(String text, int start, int headStart) {
        for (int k = start; k < headStart; k++) {
            if (grammar.isLevel(text.charAt(k)) || Gazetteer.standard().prefixAt(text, k).map(m -> m.span().length() >= 2).orElse(false)) return true;
        }
        return false;
    }

    /** Every word before the head is a noun (住建/j 局, 农工/n 办): no verb, pronoun or particle opens a department. */
    private static boolean nounsOnly(TokenIndex tokens, int start, int headStart) {
        for (int i = start; i < headStart; ) {
            Token t = tokens.at(i);
            if (t == null) return false;
            String tag = t.tag();
            if (!(tag.startsWith("n") || tag.equals("vn") || tag.equals("j") || tag.equals("b"))) return false;
            i = Math.max(i + 1, t.end());
        }
        return true;
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
        // 合作社150个 counts the bodies; 某新区多个项目 counts the projects that follow
        return k > end && k < text.length() && "个家所座处名".indexOf(text.charAt(k)) >= 0
                && (k + 1 >= text.length() || PhraseStart.isBoundary(text.charAt(k + 1)) || "，。；".indexOf(text.charAt(k + 1)) >= 0);
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
