package io.xunlu.extract.project;

import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.Coverage;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.PhraseStart;
import java.util.ArrayList;
import java.util.List;

/**
 * Works named without a project head where an event happens to them or they are built:
 * 某某村综合服务中心举行奠基仪式, 某某小学正式开工, 推进某某大道建设. The work word (works.txt, not a project head: those the head rule reads) stands
 * right before the event verb, at most an adverb or 举行 between them, and the name holds a proper
 * name: 该中心正式开工 names none; 某某大道管网改造施工 is about the pipes, 某某大道施工现场 a site.
 */
final class EventWorks {
    /** How far the work word may stand before its event verb (某某中心举行奠基仪式, 某某特大桥主桥顺利合龙). */
    private static final int REACH = 8;
    private static final java.util.Set<String> GAP_TAGS = java.util.Set.of("d", "ad", "vd");
    /** Parts of a work the event may be told of (某某特大桥主桥合龙, 某某大桥主塔封顶, 某某公路全线贯通). */
    private static final java.util.Set<String> PARTS = java.util.Set.of("主桥", "主塔", "主体", "主体结构", "全线", "主线", "桥面");

    private final ProjectStatus statuses;
    private final ProjectNaming naming;
    private final ProjectNameBounds bounds;
    private final List<String> heads;

    EventWorks(ProjectStatus statuses, ProjectNaming naming, ProjectNameBounds bounds, List<String> heads) {
        this.heads = heads;
        this.statuses = statuses;
        this.naming = naming;
        this.bounds = bounds;
    }

    List<LocalSpan> find(String text, TokenIndex tokens, Coverage taken) {
        List<LocalSpan> out = new ArrayList<>();
        for (int v = 1; v < text.length(); v++) {
            int ve = statuses.verbEnd(text, tokens, v);
            if (ve < 0) ve = buildNounEnd(text, tokens, v);
            if (ve < 0 || text.startsWith("现场", ve) || text.startsWith("工地", ve)) continue;
            LocalSpan w = workBefore(text, tokens, v);
            if (w == null || taken.overlaps(w)) continue;
            int start = bounds.start(text, tokens, w.start());
            LocalSpan name = new LocalSpan(start, w.end());
            if (start < w.start() && !taken.overlaps(name) && naming.namesEventWork(text, tokens, start, w.end())) {
                out.add(name);
                taken.add(name);
            }
        }
        return out;
    }

    /** Words of building that, right after a work, say it is being built (推进某某大道建设, 某某安置房改造). */
    private static final List<String> BUILD_NOUNS = List.of("建设", "改造", "扩建", "改扩建", "提升改造", "提质改造");

    /**
     * Where a word of building standing as a noun at v ends (某某大道建设, 某某小区改造), or -1: not when a
     * head follows (…建设项目: the head rule reads those) or a word it governs (建设单位, 改造资金).
     */
    private static int buildNounEnd(String text, TokenIndex tokens, int v) {
        for (String b : BUILD_NOUNS) {
            int e = v + b.length();
            if (!text.startsWith(b, v) || !tokens.startsAt(v) || !tokens.endsAt(e)) continue;
            if (e >= text.length() || PhraseStart.isBoundary(text.charAt(e)) || text.startsWith("工作", e) || text.startsWith("进度", e)
                    || text.startsWith("情况", e) || text.startsWith("进展", e)) return e;
        }
        return -1;
    }

    /** The work word ending before v with only adverbs or 举行 between, as [start of the word, its end), or null. */
    private LocalSpan workBefore(String text, TokenIndex tokens, int v) {
        int e = v;
        while (e > 0 && v - e <= REACH) {
            for (String w : naming.works()) {
                if (e >= w.length() && text.startsWith(w, e - w.length()) && !heads.contains(w)) return new LocalSpan(e - w.length(), e);
            }
            var t = tokens.at(e - 1);
            if (t == null || t.end() != e || !(GAP_TAGS.contains(t.tag()) || t.word().equals("举行") || PARTS.contains(t.word()))) return null;
            e = t.start();
        }
        return null;
    }
}
