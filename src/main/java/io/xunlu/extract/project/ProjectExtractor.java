package io.xunlu.extract.project;

import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.Coverage;
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

/**
 * Named projects: a phrase ending in a project head (…项目, …工程, …产业园, …基地) that names one
 * project rather than a kind of project. 重大产业项目 or 新开工项目27个 only describe; 高纯硅材料一体化
 * 项目 names. The status is the first event verb (开工, 签约, 投产 …) after a mention in its sentence;
 * the investor the firm that invests in or builds it (由X投资建设, X投资建设的…).
 */
public final class ProjectExtractor {
    /** Status and investor are read near the first mentions only; hostile input cannot make this quadratic. */
    private static final int MAX_MENTIONS_READ = 20;
    private static final List<String> PHASES = ProjectNameBounds.PHASES;

    private final List<String> heads;
    private final ProjectNaming naming;
    private final ProjectNameBounds bounds;
    private final ProjectStatus statuses = new ProjectStatus();
    private final ProjectInvestor investors = new ProjectInvestor();
    private final ProjectLists lists;
    private final EventWorks events;
    private final List<String> buildWords = ModelFile.lines("projects/build-words.txt").stream().map(String::strip).toList();
    private final List<String> continuations = ModelFile.lines("projects/head-continuations.txt").stream().map(String::strip).toList();

    public ProjectExtractor(PhraseStart phrases) {
        heads = longestFirst(ModelFile.lines("projects/heads.txt"));
        naming = new ProjectNaming(heads);
        bounds = new ProjectNameBounds(phrases, heads, longestFirst(ModelFile.lines("projects/name-openers.txt")), statuses, naming);
        lists = new ProjectLists(statuses, naming);
        events = new EventWorks(statuses, naming, bounds, heads);
    }

    private static List<String> longestFirst(List<String> l) {
        List<String> out = new ArrayList<>(l.stream().map(String::strip).toList());
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    public List<ProjectFinding> extract(ArticleText a, TokenIndex tokens, List<EntityFinding> orgs) {
        String text = a.text();
        LocalSpan headlineStatus = statuses.headline(text, tokens);
        LocalSpan itemEvent = headlineStatus != null ? null : statuses.itemEvent(text, tokens);
        Map<String, List<LocalSpan>> byName = new LinkedHashMap<>();
        Map<String, LocalSpan> namedBefore = new HashMap<>();
        Map<String, LocalSpan> listOf = new HashMap<>();
        Coverage listed = new Coverage();
        for (ProjectLists.Item found : lists.find(text, tokens)) {
            ProjectLists.Item item = withFirmBefore(text, tokens, found, orgs);
            String name = item.name().of(text);
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(item.name());
            listOf.putIfAbsent(name, item.list());
            if (item.investor() != null) namedBefore.putIfAbsent(name, item.investor());
            listed.add(item.extent());
        }
        for (int i = 0; i < text.length(); i++) {
            for (String h : heads) {
                if (!text.startsWith(h, i)) continue;
                int e = i + h.length();
                if (text.startsWith("项目", e) && !h.equals("项目")) e += 2; // …产业园项目 is one name
                if (!h.equals("项目") && !h.equals("工程") && naming.nameRunsOn(text, e)) continue; // 实训基地建设项目 is one name
                if (continuesWord(text, e)) continue; // 某某水利工程有限公司, 项目部, 工程师: another word
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
                boolean marked = named > start;
                if (zoneOnly(orgs, named, i)) { i = e - 1; break; } // 某某新区项目: the zone, not a project
                boolean weakHead = !h.equals("项目") && !h.equals("工程") && !text.startsWith("项目", headEnd - 2);
                if (!listed.overlaps(span) && !naming.sharesHead(text, tokens, named) && !PhraseShapes.isPredicate(text, tokens, named)
                        && (marked ? naming.isNamedMarked(text, tokens, span, i) : naming.isNamed(text, tokens, span, i))
                        && (!weakHead || beingBuilt(text, tokens, span))) {
                    byName.computeIfAbsent(span.of(text), k -> new ArrayList<>()).add(span);
                    // 浙江某某科技有限公司年产12万吨…项目: the firm standing right before the name invests in it
                    if (named > start) ProjectInvestor.endingAt(orgs, named).ifPresent(o -> namedBefore.putIfAbsent(span.of(text), o));
                }
                i = e - 1;
                break;
            }
        }
        Coverage taken = new Coverage();
        for (List<LocalSpan> spans : byName.values()) for (LocalSpan m : spans) taken.add(m);
        for (LocalSpan w : events.find(text, tokens, taken)) byName.computeIfAbsent(w.of(text), k -> new ArrayList<>()).add(w);
        // …产业园二期 in a headline and …产业园二期项目 in the body: one project, under its fuller name
        for (String name : List.copyOf(byName.keySet())) {
            List<LocalSpan> fuller = byName.get(name + "项目");
            if (fuller == null) fuller = ProjectNameBounds.fullerVariant(byName, name);
            if (fuller != null && fuller != byName.get(name)) {
                String full = nameOf(byName, fuller);
                if (listOf.containsKey(name)) listOf.putIfAbsent(full, listOf.get(name));
                if (namedBefore.containsKey(name)) namedBefore.putIfAbsent(full, namedBefore.get(name));
                fuller.addAll(0, byName.remove(name));
                fuller.sort(Comparator.comparingInt(LocalSpan::start));
            }
        }
        mergeLocated(text, tokens, byName, listOf, namedBefore);
        List<ProjectFinding> out = new ArrayList<>();
        for (Map.Entry<String, List<LocalSpan>> e : byName.entrySet()) {
            String name = e.getKey();
            List<LocalSpan> mentions = byName.size() <= MAX_MENTIONS_READ * 10 ? allMentions(text, name) : e.getValue();
            if (mentions != e.getValue()) {
                java.util.Set<LocalSpan> seen = new java.util.HashSet<>(mentions); // a set: a list's contains() made this quadratic
                for (LocalSpan m : e.getValue()) if (seen.add(m)) mentions.add(m);
                mentions.sort(Comparator.comparingInt(LocalSpan::start));
            }
            LocalSpan list = listOf.get(name);
            LocalSpan status = list == null ? null : statuses.introducing(text, tokens, list.start());
            if (status == null && list != null) status = statuses.near(text, tokens, list);
            LocalSpan investor = null;
            for (LocalSpan m : mentions.subList(0, Math.min(mentions.size(), MAX_MENTIONS_READ))) {
                if (status == null) status = statuses.near(text, tokens, m);
                // in its list an item has only the firm before it: the others in the sentence are other items' or the list's
                boolean inList = list != null && m.start() >= list.start() && m.end() <= list.end();
                if (investor == null && !inList && byName.size() <= MAX_MENTIONS_READ) investor = ProjectInvestor.near(text, m, orgs);
            }
            if (investor == null) investor = namedBefore.get(name);
            if (investor == null && byName.size() <= MAX_MENTIONS_READ) investor = investors.inFollowingSentence(text, mentions, orgs, MAX_MENTIONS_READ);
            if (investor != null) investor = ProjectInvestor.trimmed(text, tokens, investor);
            if (status == null) status = headlineStatus;
            if (status == null) status = itemEvent;
            out.add(new ProjectFinding(name, mentions, status, investor, list == null ? "project.head" : "project.list"));
        }
        return out;
    }

    /**
     * 通州湾碳中和产业园 and 碳中和产业园, 某某大道长安产业园 and 长安产业园项目: a name that is another
     * found name (or it without 项目) after a place is the same project. It goes by the longer name
     * when a division or zone locates it (a place prefix stays in the name), by the shorter when the
     * prefix is only a street or site (在某某大道某某产业园举行).
     */
    private void mergeLocated(String text, TokenIndex tokens, Map<String, List<LocalSpan>> byName,
                              Map<String, LocalSpan> listOf, Map<String, LocalSpan> namedBefore) {
        if (byName.size() > MAX_MENTIONS_READ * 10) return; // pairwise: bounded on hostile input
        for (String longer : List.copyOf(byName.keySet())) {
            for (String shorter : List.copyOf(byName.keySet())) {
                if (!byName.containsKey(longer) || !byName.containsKey(shorter) || longer.equals(shorter)) continue;
                String core = shorter.endsWith("项目") && !longer.endsWith("项目") ? shorter.substring(0, shorter.length() - 2) : shorter;
                if (core.length() < 3 || !longer.endsWith(core) || longer.length() - core.length() < 2) continue;
                LocalSpan first = byName.get(longer).get(0);
                int prefixEnd = first.start() + longer.length() - core.length();
                boolean division = PhraseShapes.isPlace(text, tokens, first.start(), prefixEnd);
                boolean site = naming.endsOnWork(longer.substring(0, longer.length() - core.length()));
                if (!division && !site) continue;
                String keep = division ? longer : shorter;
                String drop = division ? shorter : longer;
                List<LocalSpan> into = byName.get(keep);
                into.addAll(byName.remove(drop));
                into.sort(Comparator.comparingInt(LocalSpan::start));
                if (listOf.containsKey(drop)) listOf.putIfAbsent(keep, listOf.get(drop));
                if (namedBefore.containsKey(drop)) namedBefore.putIfAbsent(keep, namedBefore.get(drop));
            }
        }
    }

    /**
     * 某某科技集团某某项目 in a list: a firm the organization rules found opening the item is its
     * investor, as before a project anywhere (the legal forms alone are read in the list).
     */
    private ProjectLists.Item withFirmBefore(String text, TokenIndex tokens, ProjectLists.Item item, List<EntityFinding> orgs) {
        if (item.investor() != null) return item;
        int s = item.name().start();
        int e = item.name().end();
        int firm = ProjectInvestor.after(s, e, orgs);
        if (firm <= s || firm >= e || !naming.namesItem(text, tokens, firm, e, true)) return item;
        return new ProjectLists.Item(new LocalSpan(firm, e), new LocalSpan(s, firm), item.list(), item.extent());
    }

    /** The organization rules found a zone spanning [s, headStart) exactly. */
    private static boolean zoneOnly(List<EntityFinding> orgs, int s, int headStart) {
        for (EntityFinding o : orgs) if (o.kind().equals("zone") && o.span().start() == s && o.span().end() == headStart) return true;
        return false;
    }

    /** 工程师, 项目部, 某某工程有限公司: the head goes on into a word for a body, a post or a trade. */
    private boolean continuesWord(String text, int e) {
        for (String w : continuations) if (text.startsWith(w, e)) return true;
        return false;
    }

    /** How far either side of a park's or a base's name its clause is read for words of building. */
    private static final int BUILD_REACH = 24;

    /**
     * 加快建设某某产业园, 某某基地开工: a park or a base named without 项目 is a project where an event
     * verb or a word of building (build-words.txt) stands in its clause; visited (先后到某某基地调研) it
     * is a place.
     */
    private boolean beingBuilt(String text, TokenIndex tokens, LocalSpan span) {
        if (statuses.near(text, tokens, span) != null) return true;
        int s = span.start();
        while (s > 0 && span.start() - s < BUILD_REACH && "，,。；;\n".indexOf(text.charAt(s - 1)) < 0) s--;
        int e = span.end();
        while (e < text.length() && e - span.end() < BUILD_REACH && "，,。；;\n".indexOf(text.charAt(e)) < 0) e++;
        String clause = text.substring(s, e);
        for (String w : buildWords) if (clause.contains(w)) return true;
        return false;
    }

    private static String nameOf(Map<String, List<LocalSpan>> byName, List<LocalSpan> spans) {
        for (Map.Entry<String, List<LocalSpan>> e : byName.entrySet()) if (e.getValue() == spans) return e.getKey();
        return "";
    }

    private static List<LocalSpan> allMentions(String text, String name) {
        List<LocalSpan> out = new ArrayList<>();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) out.add(new LocalSpan(i, i + name.length()));
        return out;
    }

}
