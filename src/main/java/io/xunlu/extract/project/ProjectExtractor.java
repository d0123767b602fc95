package io.xunlu.extract.project;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.EntityFinding;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.PhraseStart;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import io.xunlu.extract.place.Gazetteer;

/**
 * Named projects: a phrase ending in a project head (…项目, …工程, …产业园, …基地) that names one
 * project rather than a kind of project. 重大产业项目 or 新开工项目27个 only describe; 高纯硅材料一体化
 * 项目 names. The status is the first event verb (开工, 签约, 投产 …) after a mention in its sentence;
 * the investor the firm that invests in or builds it (由X投资建设, X投资建设的…).
 */
public final class ProjectExtractor {
    private static final int MAX_NAME = 40;
    private static final int MIN_DISTINCT = 3;
    /** Status and investor are read near the first mentions only; hostile input cannot make this quadratic. */
    private static final int MAX_MENTIONS_READ = 20;
    /** A phrase this long before its head names a project even without a proper name in it (高性能膜材料项目). */
    private static final int NAMED_LENGTH = 5;

    private final PhraseStart phrases;
    private final List<String> heads;
    private final List<String> generic;
    private final List<String> statusVerbs;
    private final Set<String> nameVerbs;
    private final List<String> openers;
    private final List<String> backReferences;

    public ProjectExtractor(PhraseStart phrases) {
        this.phrases = phrases;
        heads = longestFirst(ModelFile.lines("projects/heads.txt"));
        generic = longestFirst(ModelFile.lines("projects/generic-words.txt"));
        statusVerbs = longestFirst(ModelFile.lines("projects/status-verbs.txt"));
        backReferences = longestFirst(ModelFile.lines("projects/back-references.txt"));
        openers = longestFirst(ModelFile.lines("projects/name-openers.txt"));
        nameVerbs = Set.copyOf(ModelFile.lines("projects/name-verbs.txt").stream().map(String::strip).toList());
    }

    private static List<String> longestFirst(List<String> l) {
        List<String> out = new ArrayList<>(l.stream().map(String::strip).toList());
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    public List<ProjectFinding> extract(ArticleText a, TokenIndex tokens, List<EntityFinding> orgs) {
        String text = a.text();
        String headlineStatus = headlineStatus(text);
        Map<String, List<LocalSpan>> byName = new LinkedHashMap<>();
        Map<String, LocalSpan> namedBefore = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            for (String h : heads) {
                if (!text.startsWith(h, i)) continue;
                int e = i + h.length();
                if (text.startsWith("项目", e) && !h.equals("项目")) e += 2; // …产业园项目 is one name
                final int headEnd = e;
                // 新材料产业园一期项目: the name runs on to the later head
                if (PHASES.stream().anyMatch(p -> text.startsWith(p, headEnd) && (text.startsWith("项目", headEnd + 2) || text.startsWith("工程", headEnd + 2)))) continue;
                e = withPhase(text, e);
                if (e < text.length() && !PhraseStart.isBoundary(text.charAt(e)) && !tokens.endsAt(e) && !conjunctionGlued(text, tokens, e)) continue;
                int start = withQuoted(text, withOpener(text, withParenthetical(text, tokens, phrases.nameStartBefore(text, tokens, i, MAX_NAME))), i);
                start = Math.min(start, afterDash(text, i));
                int named = afterInvestor(start, i, orgs);
                // 某某有限公司二期项目: with only a phase left after the firm, the firm's name is the project's
                if (named > start && PHASES.contains(text.substring(named, i))) named = start;
                LocalSpan span = new LocalSpan(named, e);
                if (isNamed(text, tokens, span, i)) {
                    byName.computeIfAbsent(span.of(text), k -> new ArrayList<>()).add(span);
                    // 浙江某某科技有限公司年产12万吨…项目: the firm standing right before the name invests in it
                    if (named > start) investorEndingAt(orgs, named).ifPresent(o -> namedBefore.putIfAbsent(span.of(text), o));
                }
                i = e - 1;
                break;
            }
        }
        // …产业园二期 in a headline and …产业园二期项目 in the body: one project, under its fuller name
        for (String name : List.copyOf(byName.keySet())) {
            List<LocalSpan> fuller = byName.get(name + "项目");
            if (fuller == null) fuller = fullerVariant(byName, name);
            if (fuller != null && fuller != byName.get(name)) {
                fuller.addAll(0, byName.remove(name));
                fuller.sort(java.util.Comparator.comparingInt(LocalSpan::start));
            }
        }
        List<ProjectFinding> out = new ArrayList<>();
        for (Map.Entry<String, List<LocalSpan>> e : byName.entrySet()) {
            String name = e.getKey();
            List<LocalSpan> mentions = byName.size() <= MAX_MENTIONS_READ * 10 ? allMentions(text, name) : e.getValue();
            if (mentions != e.getValue()) {
                for (LocalSpan m : e.getValue()) if (!mentions.contains(m)) mentions.add(m);
                mentions.sort(java.util.Comparator.comparingInt(LocalSpan::start));
            }
            String status = null;
            LocalSpan investor = null;
            for (LocalSpan m : mentions.subList(0, Math.min(mentions.size(), MAX_MENTIONS_READ))) {
                if (status == null) status = statusNear(text, m);
                if (investor == null && byName.size() <= MAX_MENTIONS_READ) investor = investorNear(text, m, orgs);
            }
            if (investor == null) investor = namedBefore.get(name);
            if (investor == null && byName.size() <= MAX_MENTIONS_READ) investor = investorInFollowingSentence(text, mentions, orgs);
            if (headlineStatus != null) status = headlineStatus;
            out.add(new ProjectFinding(name, mentions, status, investor, "project.head"));
        }
        return out;
    }

    private static java.util.Optional<LocalSpan> investorEndingAt(List<EntityFinding> orgs, int end) {
        return orgs.stream().filter(o -> o.span().end() == end && o.kind().equals("firm")).map(EntityFinding::span).findFirst();
    }

    /**
     * 该项目由某某公司投资建设: a sentence that opens by pointing back (该项目, 该产业园, 主会场项目)
     * names the investor of the project mentioned just before it.
     */
    private LocalSpan investorInFollowingSentence(String text, List<LocalSpan> mentions, List<EntityFinding> orgs) {
        for (LocalSpan m : mentions.subList(0, Math.min(mentions.size(), MAX_MENTIONS_READ))) {
            int next = sentenceEnd(text, m.end());
            if (next >= text.length()) continue;
            int s = next + 1;
            boolean pointsBack = false;
            for (String r : backReferences) if (text.startsWith(r, s)) pointsBack = true;
            if (!pointsBack) continue;
            LocalSpan found = investorNear(text, new LocalSpan(s, s), orgs);
            if (found != null) return found;
        }
        return null;
    }

    private static List<LocalSpan> allMentions(String text, String name) {
        List<LocalSpan> out = new ArrayList<>();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) out.add(new LocalSpan(i, i + name.length()));
        return out;
    }

    /**
     * 电子信息产业园二期, 航道整治工程（上游段）: a phase or a section right after the head is part of
     * the name.
     */
    private static int withPhase(String text, int e) {
        for (String p : PHASES) {
            if (text.startsWith(p, e) && (e + p.length() >= text.length() || PhraseStart.isBoundary(text.charAt(e + p.length()))
                    || "项目工程建设开工签约竣工投产".indexOf(text.charAt(e + p.length())) >= 0 && !text.startsWith("项目", e + p.length()))) return e + p.length();
        }
        if (e < text.length() && (text.charAt(e) == '（' || text.charAt(e) == '(')) {
            for (int k = e + 1; k < Math.min(text.length(), e + 10); k++) {
                char c = text.charAt(k);
                if (c == '）' || c == ')') return k > e + 1 && "段期".indexOf(text.charAt(k - 1)) >= 0 ? k + 1 : e;
                if (PhraseStart.isBoundary(c)) return e;
            }
        }
        return e;
    }

    /**
     * 闽江航道整治工程 beside 闽江航道整治工程（福州段）, 宏达精密二期项目 beside 宏达精密(苏州)有限公司二期项目:
     * the short form a headline uses and the full name, once a parenthetical and the firm's legal form are set aside.
     */
    private static List<LocalSpan> fullerVariant(Map<String, List<LocalSpan>> byName, String name) {
        for (Map.Entry<String, List<LocalSpan>> e : byName.entrySet()) {
            String other = e.getKey();
            if (other.length() > name.length() && !other.equals(name) && shortForm(other).equals(name)) return e.getValue();
        }
        return null;
    }

    /** A short parenthetical (a section or a seat: （福州段）, (苏州)); bounded, so linear. */
    private static final Pattern PARENTHETICAL = Pattern.compile("[（(][^（()）]{1,8}[)）]");
    /** Legal forms a headline drops from a firm's name, longest first. */
    private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司");

    private static String shortForm(String name) {
        String s = PARENTHETICAL.matcher(name).replaceAll("");
        for (String legal : LEGAL_FORMS) s = s.replace(legal, "");
        return s;
    }

    /** 污水处理工程和县中医院/nt: HanLP glued the head to a conjunction and the next name. */
    private static boolean conjunctionGlued(String text, TokenIndex tokens, int e) {
        if ("和与及".indexOf(text.charAt(e)) < 0) return false;
        Token t = tokens.at(e);
        return t != null && t.start() < e && t.tag().startsWith("nt");
    }

    /** “风光+储能”示范项目: a short quoted name right before the rest of the phrase opens the project's name. */
    private static int withQuoted(String text, int start, int headStart) {
        if (start >= headStart) return start;
        int q = start;   // back over what verb trimming took off (“光伏+治沙”一体化/vn 项目)
        while (q > 0 && start - q < 12 && !PhraseStart.isBoundary(text.charAt(q - 1))) q--;
        if (q < 3 || "”」\"".indexOf(text.charAt(q - 1)) < 0) return start;
        for (int k = q - 2; k >= Math.max(0, q - 12); k--) {
            char c = text.charAt(k);
            if (c == '“' || c == '「' || c == '"') return k + 1 < q - 1 ? k : start;
            if (c == '\n' || c == '。' || c == '，' || c == '”' || c == '」') return start;
        }
        return start;
    }

    private static final List<String> PHASES = List.of("一期", "二期", "三期", "四期");

    /** 宏达精密(苏州)有限公司二期项目: a short parenthetical place inside a firm's name belongs to the name. */
    private int withParenthetical(String text, TokenIndex tokens, int start) {
        if (start < 3 || (text.charAt(start - 1) != ')' && text.charAt(start - 1) != '）')) return start;
        for (int k = start - 2; k >= Math.max(0, start - 8); k--) {
            char c = text.charAt(k);
            if (c == '(' || c == '（') return k > 0 && !PhraseStart.isBoundary(text.charAt(k - 1)) ? phrases.nameStartBefore(text, tokens, k, MAX_NAME) : start;
            if (PhraseStart.isBoundary(c)) return start;
        }
        return start;
    }

    /** 年产3万吨…项目: an opener the verb trimming took off belongs to the name. */
    private int withOpener(String text, int start) {
        for (String o : openers) if (start >= o.length() && text.startsWith(o, start - o.length())) return start - o.length();
        return start;
    }

    /** The event of the item when its headline names one (…集中签约, …开工): the status of the projects in it. */
    private String headlineStatus(String text) {
        int nl = text.indexOf('\n');
        if (nl <= 0 || nl > 40) return null;
        for (int i = 0; i < nl; i++) {
            for (String v : statusVerbs) if (text.startsWith(v, i) && !text.startsWith("后", i + v.length())) return normalize(v);
        }
        return null;
    }

    /** 江苏恒达新材料科技有限公司年产12万吨…项目: the investor named before the project is not part of its name. */
    private static int afterInvestor(int start, int headStart, List<EntityFinding> orgs) {
        int s = start;
        for (EntityFinding o : orgs) {
                boolean named = o.kind().equals("firm") || (o.kind().equals("zone") && o.span().length() >= 6);
            if (named && o.span().start() >= start && o.span().end() < headStart && o.span().end() > s) s = o.span().end();
        }
        return s;
    }

    /**
     * 首个重大项目——某某面板及背板项目正式开工: a dash after a phrase that ends on a project head
     * introduces the project's own name, which runs whole from the dash to its head, words that would
     * cut an ordinary phrase (及, 用) included. Returns headStart when the phrase does not open so.
     */
    private int afterDash(String text, int headStart) {
        int k = headStart;
        while (k > 0 && headStart - k < MAX_NAME && !PhraseStart.isBoundary(text.charAt(k - 1))) k--;
        if (k == headStart || k < 2 || text.charAt(k - 1) != '—' || text.charAt(k - 2) != '—') return headStart;
        int before = k - 2;
        for (String h : heads) if (before >= h.length() && text.startsWith(h, before - h.length())) return k;
        return headStart;
    }

    /** 某某区项目, 某某湾项目: a place and the head say where projects are, not which one. */
    private static boolean placeOnly(String text, TokenIndex tokens, int start, int headStart) {
        var place = Gazetteer.standard().prefixAt(text, start);
        if (place.isPresent() && place.get().span().end() == headStart) return true;
        Token t = tokens.at(start);
        return t != null && t.start() == start && t.end() == headStart && t.tag().startsWith("ns");
    }

    /** Names one project: distinct words remain once kind words and figures are taken away, and no count follows. */
    private boolean isNamed(String text, TokenIndex tokens, LocalSpan span, int headStart) {
        String head = text.substring(span.start(), headStart);
        if (placeOnly(text, tokens, span.start(), headStart)) return false;
        Token last = tokens.at(headStart - 1);
        if (last != null && last.end() == headStart && last.tag().startsWith("v") && !last.tag().equals("vn")
                && !nameVerbs.contains(last.word())) return false; // 精准招项目, 推动项目: a verb takes the project as object
        if (isSizeClass(head)) return false; // 百亿级项目: a size class, not a name
        if (head.length() < NAMED_LENGTH && !hasProperName(text, tokens, span.start(), headStart)) return false;
        int e = span.end();
        boolean phaseFollows = PHASES.stream().anyMatch(p -> text.startsWith(p, e)); // …项目一期3GW已投产
        if (e < text.length() && !phaseFollows && (Character.isDigit(text.charAt(e)) || "一二三四五六七八九十两".indexOf(text.charAt(e)) >= 0)) {
            return false; // 工业项目12个: the subject of a count
        }
        String before = text.substring(span.start(), headStart);
        StringBuilder rest = new StringBuilder();
        int i = 0;
        outer:
        while (i < before.length()) {
            char c = before.charAt(i);
            if (Character.isDigit(c) || c == '.' || c == '%') {
                i++;
                continue;
            }
            for (String g : generic) {
                if (before.startsWith(g, i)) {
                    i += g.length();
                    continue outer;
                }
            }
            rest.append(c);
            i++;
        }
        return rest.length() >= MIN_DISTINCT && !endsGeneric(before);
    }

    /** 南沙区二季度重点项目: the word just before the head only says what kind of project it is. */
    private boolean endsGeneric(String before) {
        for (String g : generic) if (before.endsWith(g)) return true;
        return !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1));
    }

    /** 百亿级, 10亿元级, 千亿级: a figure and 级 (高纯硅材料 is a grade, not a size class). */
    private static boolean isSizeClass(String s) {
        int k = s.indexOf('级');
        while (k > 0) {
            char c = s.charAt(k - 1);
            if (c == '元' || c == '亿' || c == '万' || c == '千' || c == '百' || Character.isDigit(c)) return true;
            k = s.indexOf('级', k + 1);
        }
        return false;
    }

    /** A name, place or figure in the phrase: 清水河特大桥工程, 年产8万吨高端铝材项目. */
    private static boolean hasProperName(String text, TokenIndex tokens, int start, int headStart) {
        for (int i = start; i < headStart; ) {
            if (Character.isDigit(text.charAt(i))) return true;
            Token t = tokens.at(i);
            if (t == null) {
                i++;
                continue;
            }
            String tag = t.tag();
            if (tag.startsWith("ns") || tag.startsWith("nz") || tag.startsWith("nt") || tag.startsWith("nr")) return true;
            i = Math.max(i + 1, t.end());
        }
        return Gazetteer.standard().prefixAt(text, start).isPresent();
    }

    /**
     * The event verb near a mention: after it in its sentence (…项目正式开工), else before it
     * (签约的…项目); a verb followed by 后 (建成后, 达产后) is a future condition, not a status.
     */
    private String statusNear(String text, LocalSpan m) {
        int end = sentenceEnd(text, m.end());
        for (int i = m.end(); i < end; i++) {
            for (String v : statusVerbs) {
                if (text.startsWith(v, i) && !isCondition(text, i + v.length())) return normalize(v);
            }
        }
        int start = sentenceStart(text, m.start());
        for (int i = m.start() - 1; i >= start; i--) {
            for (String v : statusVerbs) {
                if (text.startsWith(v, i) && i + v.length() <= m.start() && !isCondition(text, i + v.length())) return normalize(v);
            }
        }
        return null;
    }

    private static boolean isCondition(String text, int after) {
        return text.startsWith("后", after) || text.startsWith("以后", after) || text.startsWith("时", after);
    }

    private static String normalize(String v) { return v.equals("开工建设") ? "开工" : v; }

    /** The firm that invests in or builds the project, named in the same sentence. */
    private static LocalSpan investorNear(String text, LocalSpan project, List<EntityFinding> orgs) {
        int s = sentenceStart(text, project.start());
        int e = sentenceEnd(text, project.end());
        LocalSpan best = null;
        for (EntityFinding o : orgs) {
            LocalSpan os = o.span();
            if (os.start() < s || os.end() > e || !(o.kind().equals("firm") || o.kind().equals("institution"))) continue;
            String after = text.substring(os.end(), Math.min(e, os.end() + 6));
            String before = text.substring(Math.max(s, os.start() - 4), os.start());
            boolean invests = after.startsWith("投资") || after.startsWith("投建") || after.startsWith("承建")
                    || after.startsWith("建设") || after.startsWith("负责") || before.endsWith("投资方") || before.endsWith("由");
            if (invests && (best == null || Math.abs(os.start() - project.start()) < Math.abs(best.start() - project.start()))) {
                best = os;
            }
        }
        return best;
    }

    /** Sentences are read within a bounded window: a text without punctuation cannot make this quadratic. */
    private static final int MAX_SENTENCE = 300;

    private static int sentenceStart(String text, int i) {
        int k = i;
        int limit = Math.max(0, i - MAX_SENTENCE);
        while (k > limit && "。！？!?；;\n".indexOf(text.charAt(k - 1)) < 0) k--;
        return k;
    }

    private static int sentenceEnd(String text, int i) {
        int k = i;
        int limit = Math.min(text.length(), i + MAX_SENTENCE);
        while (k < limit && "。！？!?；;\n".indexOf(text.charAt(k)) < 0) k++;
        return k;
    }

}
