package io.xunlu.extract.project;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /** A headline or title line is at most this long. */
    private static final int TITLE_LINE = 40;
    /** How many first lines may hold the item's title line. */
    private static final int TITLE_LINES = 8;
    /** Words for the occasion an item reports (签约仪式, 开工活动), and how far after the verb they may stand. */
    private static final List<String> CEREMONIES = List.of("仪式", "活动", "大会");
    private static final int CEREMONY_REACH = 8;
    /** How far into the item its first sentence about projects is looked for. */
    private static final int LEAD_WINDOW = 600;

    private final List<Verb> verbs;
    /** The verbs by their first character, longest first: find() runs at every position of long texts. */
    private final Map<Character, List<Verb>> byFirst = new HashMap<>();
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
        for (Verb v : verbs) byFirst.computeIfAbsent(v.written().charAt(0), k -> new ArrayList<>()).add(v);
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
            if (v != null && !isKind(text, i, v.end()) && !planned(text, m.end(), i)) return v.status();
        }
        int start = sentenceStart(text, m.start());
        for (int i = m.start() - 1; i >= start; i--) {
            Found v = find(text, tokens, i);
            if (v != null && v.end() <= m.start() && !isKind(text, i, v.end()) && !planned(text, start, i)) return v.status();
        }
        return null;
    }

    /** How close before a list its introducing verb stands (集中开工了A、B; 签约的A、B). */
    private static final int INTRO_GAP = 3;

    /** The event verb that introduces a list starting at listStart (集中开工A、B、C等项目), or null. */
    LocalSpan introducing(String text, TokenIndex tokens, int listStart) {
        int start = sentenceStart(text, listStart);
        for (int i = listStart - 1; i >= start && listStart - i <= INTRO_GAP + 4; i--) {
            Found v = find(text, tokens, i);
            if (v != null && v.end() <= listStart && listStart - v.end() <= INTRO_GAP) return v.status();
        }
        return null;
    }

    /** The event of the item when its headline names one (…集中签约, …开工): the status of the projects in it. */
    LocalSpan headline(String text, TokenIndex tokens) {
        int nl = text.indexOf('\n');
        if (nl <= 0 || nl > TITLE_LINE) return null;
        return firstVerb(text, tokens, 0, nl);
    }

    /**
     * The event of the item where its headline does not name one: a title line about projects among
     * its first lines (page furniture may stand before the headline: 全市一季度重点项目集中开工), else
     * the first sentence about projects (…举行重大项目集中签约仪式).
     */
    LocalSpan itemEvent(String text, TokenIndex tokens) {
        int s = 0;
        for (int line = 0; line < TITLE_LINES && s < text.length(); line++) {
            int e = text.indexOf('\n', s);
            if (e < 0) e = text.length();
            String l = text.substring(s, e);
            if (e - s <= TITLE_LINE && l.indexOf('。') < 0 && l.contains("项目")) {
                LocalSpan v = firstVerb(text, tokens, s, e);
                if (v != null) return v;
            }
            s = e + 1;
        }
        for (int i = 0; i < Math.min(text.length(), LEAD_WINDOW); i = sentenceEnd(text, i) + 1) {
            int e = sentenceEnd(text, i);
            if (text.substring(i, e).contains("项目")) return ceremony(text, tokens, i, e);
        }
        return null;
    }

    /** 举行重大项目集中签约仪式, 集中开工活动: an event verb the item is the report of, or null. */
    private LocalSpan ceremony(String text, TokenIndex tokens, int s, int e) {
        for (int i = s; i < e; i++) {
            Found v = find(text, tokens, i);
            if (v == null || v.end() > e) continue;
            String after = text.substring(v.end(), Math.min(e, v.end() + CEREMONY_REACH));
            if (text.startsWith("集中", i - 2) || CEREMONIES.stream().anyMatch(after::contains)) return v.status();
        }
        return null;
    }

    private LocalSpan firstVerb(String text, TokenIndex tokens, int s, int e) {
        for (int i = s; i < e; i++) {
            Found v = find(text, tokens, i);
            if (v != null && v.end() <= e) return v.status();
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
        List<Verb> candidates = i < text.length() ? byFirst.get(text.charAt(i)) : null;
        if (candidates == null) return null;
        for (Verb v : candidates) {
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

    /** Words that put the event after them in the future (将于年底竣工, 预计明年投产, 力争6月开工). */
    private static final List<String> PLANS = List.of("将", "预计", "计划", "力争", "确保", "争取", "有望", "拟");
    private static final int PLAN_REACH = 8;

    /** A word of plan stands shortly before the verb at v (not before from): the event is to come, no status. */
    private static boolean planned(String text, int from, int v) {
        int s = Math.max(from, v - PLAN_REACH);
        String before = text.substring(s, v);
        for (String p : PLANS) if (before.contains(p)) return true;
        return false;
    }

    /**
     * 新开工项目6个, 新签约项目: in a sentence, a verb after 新 before 项目 says which kind of projects
     * are counted (a headline so worded still names the item's event).
     */
    private static boolean isKind(String text, int s, int e) {
        return s > 0 && text.charAt(s - 1) == '新' && (text.startsWith("项目", e) || text.startsWith("工程", e));
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
