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
import io.xunlu.extract.place.Gazetteer;

/**
 * Named projects: a phrase ending in a project head (…项目, …工程, …产业园, …基地) that names one
 * project rather than a kind of project. 重大产业项目 or 新开工项目27个 only describe; 高纯硅材料一体化
 * 项目 names. The status is the first event verb (开工, 签约, 投产 …) after a mention in its sentence;
 * the investor the firm that invests in or builds it (由X投资建设, X投资建设的…).
 */
public final class ProjectExtractor {
    private static final int MIN_DISTINCT = 3;
    /** Status and investor are read near the first mentions only; hostile input cannot make this quadratic. */
    private static final int MAX_MENTIONS_READ = 20;
    /** A phrase this long before its head names a project even without a proper name in it (高性能膜材料项目). */
    private static final int NAMED_LENGTH = 5;
    private static final List<String> PHASES = ProjectNameBounds.PHASES;

    private final List<String> heads;
    private final List<String> generic;
    private final Set<String> nameVerbs;
    private final ProjectNameBounds bounds;
    private final ProjectStatus statuses = new ProjectStatus();
    private final ProjectInvestor investors = new ProjectInvestor();

    public ProjectExtractor(PhraseStart phrases) {
        heads = longestFirst(ModelFile.lines("projects/heads.txt"));
        generic = longestFirst(ModelFile.lines("projects/generic-words.txt"));
        nameVerbs = Set.copyOf(ModelFile.lines("projects/name-verbs.txt").stream().map(String::strip).toList());
        bounds = new ProjectNameBounds(phrases, heads, longestFirst(ModelFile.lines("projects/name-openers.txt")));
    }

    private static List<String> longestFirst(List<String> l) {
        List<String> out = new ArrayList<>(l.stream().map(String::strip).toList());
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    public List<ProjectFinding> extract(ArticleText a, TokenIndex tokens, List<EntityFinding> orgs) {
        String text = a.text();
        LocalSpan headlineStatus = statuses.headline(text, tokens);
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
                e = ProjectNameBounds.withPhase(text, e);
                if (e < text.length() && !PhraseStart.isBoundary(text.charAt(e)) && !tokens.endsAt(e)
                        && !ProjectNameBounds.conjunctionGlued(text, tokens, e)) continue;
                int start = bounds.start(text, tokens, i);
                int named = ProjectInvestor.after(start, i, orgs);
                // 某某有限公司二期项目: with only a phase left after the firm, the firm's name is the project's
                if (named > start && PHASES.contains(text.substring(named, i))) named = start;
                LocalSpan span = new LocalSpan(named, e);
                if (isNamed(text, tokens, span, i)) {
                    byName.computeIfAbsent(span.of(text), k -> new ArrayList<>()).add(span);
                    // 浙江某某科技有限公司年产12万吨…项目: the firm standing right before the name invests in it
                    if (named > start) ProjectInvestor.endingAt(orgs, named).ifPresent(o -> namedBefore.putIfAbsent(span.of(text), o));
                }
                i = e - 1;
                break;
            }
        }
        // …产业园二期 in a headline and …产业园二期项目 in the body: one project, under its fuller name
        for (String name : List.copyOf(byName.keySet())) {
            List<LocalSpan> fuller = byName.get(name + "项目");
            if (fuller == null) fuller = ProjectNameBounds.fullerVariant(byName, name);
            if (fuller != null && fuller != byName.get(name)) {
                fuller.addAll(0, byName.remove(name));
                fuller.sort(Comparator.comparingInt(LocalSpan::start));
            }
        }
        List<ProjectFinding> out = new ArrayList<>();
        for (Map.Entry<String, List<LocalSpan>> e : byName.entrySet()) {
            String name = e.getKey();
            List<LocalSpan> mentions = byName.size() <= MAX_MENTIONS_READ * 10 ? allMentions(text, name) : e.getValue();
            if (mentions != e.getValue()) {
                for (LocalSpan m : e.getValue()) if (!mentions.contains(m)) mentions.add(m);
                mentions.sort(Comparator.comparingInt(LocalSpan::start));
            }
            LocalSpan status = null;
            LocalSpan investor = null;
            for (LocalSpan m : mentions.subList(0, Math.min(mentions.size(), MAX_MENTIONS_READ))) {
                if (status == null) status = statuses.near(text, tokens, m);
                if (investor == null && byName.size() <= MAX_MENTIONS_READ) investor = ProjectInvestor.near(text, m, orgs);
            }
            if (investor == null) investor = namedBefore.get(name);
            if (investor == null && byName.size() <= MAX_MENTIONS_READ) investor = investors.inFollowingSentence(text, mentions, orgs, MAX_MENTIONS_READ);
            if (headlineStatus != null) status = headlineStatus;
            out.add(new ProjectFinding(name, mentions, status, investor, "project.head"));
        }
        return out;
    }

    private static List<LocalSpan> allMentions(String text, String name) {
        List<LocalSpan> out = new ArrayList<>();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) out.add(new LocalSpan(i, i + name.length()));
        return out;
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

}
