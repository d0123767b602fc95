package io.xunlu.extract.project;

import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists of projects: items joined by 、 in one clause, each its own project, also where an item has
 * no project head (包括A产业园、B小镇、C大道等项目; 具体为：A、B、C). A list is one of projects when
 * what closes it says so (…等8个重点项目, …项目现场), or when it is introduced (包括, 分别是, a colon, an
 * event verb) in a sentence about projects, or when most of its items end on a project head. A 、
 * inside quotes or parentheses joins no items (“万、千、百”脱贫攻坚项目 is one).
 */
final class ProjectLists {
    /**
     * One item: its name, the firm named before it (null when none), the whole list it stands in, and
     * all the item's text (a note in parentheses after the name included), where no other name is read.
     */
    record Item(LocalSpan name, LocalSpan investor, LocalSpan list, LocalSpan extent) {}

    /** How far after 等 the closing words may name projects (等43个重点项目, 等乡村振兴项目). */
    private static final int TAIL = 14;
    private static final String CLAUSE_ENDS = "，,。；;！？!?\n：:";
    /** Words a list sentence opens with when its figures are in the sentence before (其中包括…, 具体包括：…). */
    private static final List<String> CONNECTORS = List.of("其中", "具体", "主要", "包括", "分别", "这些", "这", "此次", "本次");
    /**
     * Words between a list and the 项目 after it that make the items kinds, sectors or people (等领域重点项目,
     * 等领导和项目负责人): a conjunction there joins the projects to what the items are.
     */
    private static final List<String> CATEGORIES = List.of("领域", "方面", "行业", "产业", "板块", "环节", "类", "情况",
            "领导", "负责人", "代表", "和", "与", "及");
    /** Verbs that open a list of works without being events (建设A、B; 打造A、B), unless a head follows (建设项目). */
    private static final List<String> WORK_VERBS = List.of("建设", "打造", "实施", "推进", "启动", "新建", "建成");

    private final List<String> openers;
    private final List<String> works;
    private final ProjectStatus statuses;
    private final ProjectNaming naming;
    private final ListItems cleaner;

    ProjectLists(ProjectStatus statuses, ProjectNaming naming) {
        openers = ModelFile.lines("projects/list-openers.txt").stream().map(String::strip)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        works = naming.works();
        this.statuses = statuses;
        this.naming = naming;
        cleaner = new ListItems(statuses, naming);
    }

    List<Item> find(String text, TokenIndex tokens) {
        List<Item> out = new ArrayList<>();
        int depth = 0;
        int clause = 0;
        List<Integer> commas = new ArrayList<>();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (TopLevel.OPEN.indexOf(c) >= 0) depth++;
            else if (TopLevel.CLOSE.indexOf(c) >= 0) depth = Math.max(0, depth - 1);
            else if (c == '\n' || c == '。') depth = 0; // an unclosed quote ends with its sentence
            if (depth > 0) continue;
            if (c == '、') commas.add(i);
            else if (CLAUSE_ENDS.indexOf(c) >= 0) {
                if (!commas.isEmpty()) list(text, tokens, clause, i, commas, out);
                else pair(text, tokens, clause, i, out);
                commas.clear();
                clause = i + 1;
            }
        }
        return out;
    }

    /** Openers that share out what follows (分别为A和B): two items joined by 和 or 及 are a list of two. */
    private static final List<String> DISTRIBUTIVE = List.of("分别为", "分别是", "分别有");

    /** 另外两个项目分别为某某工程和某某综合楼: after a distributive opener, 和/及 joins two items. */
    private void pair(String text, TokenIndex tokens, int cs, int ce, List<Item> out) {
        int at = -1;
        for (int k = cs; k < ce && at < 0; k++) { // within the clause only: a search to the text's end would make this quadratic
            for (String d : DISTRIBUTIVE) if (text.startsWith(d, k)) at = k + d.length();
        }
        if (at < 0) return;
        int conj = -1;
        for (int i = at + 2; i < Math.min(ce - 2, at + ListItems.MAX_ITEM) && conj < 0; i++) {
            char c = text.charAt(i);
            // 和 standing alone, or glued by HanLP into the next name after a whole work (某某工程和县医院/nt)
            if ((c == '和' || c == '及') && (tokens.startsAt(i) && tokens.endsAt(i + 1) || naming.endsOnWork(text.substring(at, i)))) conj = i;
        }
        if (conj >= 0) oneList(text, tokens, cs, ce, List.of(conj), true, out);
    }

    /**
     * The lists in clause [cs, ce) whose items the top-level 、 at commas separate: a 等 inside a
     * later segment closes one list, and what follows it may hold another (A、B等项目负责人关于开工时间、进度等情况).
     */
    private void list(String text, TokenIndex tokens, int cs, int ce, List<Integer> commas, List<Item> out) {
        int start = cs;
        int from = 0; // the first 、 of the list being read
        for (int k = 1; k < commas.size(); k++) {
            int etc = TopLevel.firstWord(text, tokens, "等", commas.get(k - 1) + 1, commas.get(k));
            if (etc < 0) continue;
            oneList(text, tokens, start, commas.get(k), commas.subList(from, k), false, out);
            start = etc + 1;
            from = k;
        }
        oneList(text, tokens, start, ce, commas.subList(from, commas.size()), false, out);
    }

    /** The list in clause [cs, ce) whose items the top-level 、 at commas separate. */
    private void oneList(String text, TokenIndex tokens, int cs, int ce, List<Integer> commas, boolean distributive, List<Item> out) {
        int last = commas.get(commas.size() - 1);
        int close = closer(text, tokens, last + 1, ce);
        int first = openerEnd(text, tokens, cs, commas.get(0));
        boolean explicit = distributive || cs > 0 && ":：".indexOf(text.charAt(cs - 1)) >= 0; // an explicit enumeration
        boolean introduced = first > cs || explicit;
        int lastEnd = close >= 0 ? close
                : explicit && (ce == text.length() || "。；;\n".indexOf(text.charAt(ce)) >= 0) ? ce : workEnd(text, last + 1, ce);
        if (lastEnd <= last + 1) return; // no last item: a list of something else that runs on (…六大重点领域)
        if (close < 0 && !endsClause(text, tokens, lastEnd, ce)) return; // …副中心城市提供支撑: the work word was not the item's end
        List<LocalSpan> items = new ArrayList<>();
        items.add(new LocalSpan(first, commas.get(0)));
        for (int k = 1; k < commas.size(); k++) items.add(new LocalSpan(commas.get(k - 1) + 1, commas.get(k)));
        items.add(new LocalSpan(last + 1, lastEnd));
        LocalSpan whole = new LocalSpan(first, lastEnd);
        boolean projects;
        if (close >= 0 && tailNamesProjects(text, close, ce)) projects = true;
        else if (close >= 0 && !neutralTail(text, tokens, close + 1, ce)) projects = false; // 等情况, 等地: not works
        else projects = (introduced && aboutProjects(text, first, explicit)) || mostlyHeaded(text, tokens, items)
                || lastEnd < ce && followedBySite(text, lastEnd);
        if (!projects || close < 0 && sharedHead(text, items)) return;
        List<Item> found = new ArrayList<>();
        int rejected = 0;
        for (LocalSpan raw : items) {
            for (LocalSpan part : cleaner.splitJoined(text, ListItems.untilEtc(text, tokens, raw))) {
                Item item = cleaner.item(text, tokens, part, whole, explicit);
                if (item != null) found.add(item);
                else rejected++;
            }
        }
        if (rejected <= found.size()) out.addAll(found); // mostly no names: slogans or sectors, not projects
    }

    /**
     * Where the words closing a list begin: 等 (…等8个重点项目), or a count (A、B、C3个先进制造业项目),
     * or -1 when neither stands after the last 、.
     */
    private static int closer(String text, TokenIndex tokens, int s, int ce) {
        int etc = TopLevel.lastWord(text, tokens, "等", s, ce);
        if (etc >= 0) return etc;
        for (int i = s + 1; i < ce; i++) {
            if (!Character.isDigit(text.charAt(i)) && "两一二三四五六七八九十".indexOf(text.charAt(i)) < 0) continue;
            if (Character.isDigit(text.charAt(i - 1))) continue;
            if (PhraseShapes.isCount(text.substring(i, Math.min(ce, i + 4))) && tailNamesProjects(text, i, ce)) return i;
        }
        return -1;
    }

    /** Where the last item of a list without 等 ends: on the last work word in it, else nowhere (-1). */
    private int workEnd(String text, int s, int ce) {
        int best = -1;
        for (int i = s; i < ce && i - s <= ListItems.MAX_ITEM; i++) {
            for (String w : works) {
                if (text.startsWith(w, i) && i + w.length() <= ce) {
                    best = Math.max(best, i + w.length());
                    break;
                }
            }
        }
        return best;
    }

    /**
     * 等43个重点项目, 等典型示范项目, 3个先进制造业项目: the words closing the list say its items are
     * projects, and not kinds of them (等领域重点项目).
     */
    private static boolean tailNamesProjects(String text, int s, int ce) {
        int end = Math.min(ce, s + TAIL);
        for (int i = s; i + 2 <= end; i++) {
            if (text.startsWith("项目", i) || text.startsWith("工程", i)) {
                String between = text.substring(s, i);
                return CATEGORIES.stream().noneMatch(between::contains);
            }
        }
        return false;
    }

    /**
     * The last item of a list without 等 ends its clause, or a site word, an event or another verb
     * follows it (…龙潭公园现场, …某某大桥建成通车).
     */
    private boolean endsClause(String text, TokenIndex tokens, int e, int ce) {
        if (text.substring(e, ce).isBlank() || followedBySite(text, e) || statuses.verbEnd(text, tokens, e) > 0) return true;
        var t = tokens.at(e);
        return t != null && t.start() == e && t.tag().startsWith("v");
    }

    /** After 等 nothing, or a verb (…等签约落地): the words say nothing of what the items are. */
    private boolean neutralTail(String text, TokenIndex tokens, int s, int ce) {
        if (text.substring(s, ce).isBlank() || statuses.verbEnd(text, tokens, s) > 0) return true;
        var t = tokens.at(s);
        return t != null && t.start() == s && (t.tag().startsWith("v") || t.tag().startsWith("d"));
    }

    /** …项目现场, …工程工地: the last item is a site of works, so the list is one of projects. */
    private static boolean followedBySite(String text, int e) {
        return text.startsWith("现场", e) || text.startsWith("工地", e) || text.startsWith("建设现场", e);
    }

    /**
     * 高端化工、高端装备、高端纺织项目: only the last item ends on a head or a work, so the others are
     * kinds that share it, not projects of their own.
     */
    private boolean sharedHead(String text, List<LocalSpan> items) {
        for (int k = 0; k < items.size() - 1; k++) if (naming.endsOnWork(items.get(k).of(text).strip())) return false;
        return naming.endsOnWork(items.get(items.size() - 1).of(text).strip());
    }

    /** Most items are names ending on 项目 or 工程 (at least two). */
    private boolean mostlyHeaded(String text, TokenIndex tokens, List<LocalSpan> items) {
        int headed = 0;
        for (LocalSpan it : items) {
            String s = it.of(text).strip();
            if ((s.endsWith("项目") || s.endsWith("工程")) && naming.namesItem(text, tokens, it.start(), it.end(), false)) headed++;
        }
        return headed >= 2 && headed * 2 >= items.size();
    }

    /**
     * The sentence before the list speaks of projects (22个重大项目，包括：…); a sentence that opens
     * with 其中, 具体, 这些 …, or whose list a colon introduces (…类7项，具体为：…), may take its subject
     * from the sentence before, which is read too.
     */
    private static boolean aboutProjects(String text, int listStart, boolean colon) {
        int s = ProjectStatus.sentenceStart(text, listStart);
        String before = text.substring(s, listStart);
        if (before.contains("项目") || before.contains("工程")) return true;
        if (s < 2 || !colon && CONNECTORS.stream().noneMatch(before::startsWith)) return false;
        int p = ProjectStatus.sentenceStart(text, s - 1);
        String previous = text.substring(p, s);
        return previous.contains("项目") || previous.contains("工程");
    }

    /** The end of the last list opener (包括, 分别是, 来到, an event verb) before the first 、, else the clause start. */
    private int openerEnd(String text, TokenIndex tokens, int cs, int firstComma) {
        int best = cs;
        for (int i = cs; i < firstComma; i++) {
            int v = statuses.verbEnd(text, tokens, i);
            if (v > 0 && v < firstComma) best = Math.max(best, v);
            if (!tokens.startsAt(i) && tokens.at(i) != null) continue;
            for (String o : openers) {
                int e = i + o.length();
                if (e < firstComma && text.startsWith(o, i) && (tokens.at(i) == null || tokens.endsAt(e))) {
                    best = Math.max(best, e);
                    break;
                }
            }
            for (String w : WORK_VERBS) {
                int e = i + w.length();
                if (e < firstComma && text.startsWith(w, i) && !text.startsWith("项目", e) && !text.startsWith("工程", e)
                        && (tokens.endsAt(e) || gluedToName(tokens, i))) {
                    best = Math.max(best, e);
                }
            }
        }
        return best;
    }

    /** HanLP's organization tag swallows the verb before a name (建设某某训练基地/nt). */
    private static boolean gluedToName(TokenIndex tokens, int i) {
        var t = tokens.at(i);
        return t != null && t.start() == i && t.tag().startsWith("nt");
    }

}
