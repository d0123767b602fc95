package io.xunlu.extract.project;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.EntityFinding;
import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The firm that invests in or builds a project: named before it (某某有限公司年产3万吨…项目), as the
 * subject of an investing verb in its sentence (由某某公司投资建设, 某某公司独资的…项目), or in the
 * next sentence when that one points back (该项目由某某公司投资建设).
 */
final class ProjectInvestor {
    /** Verbs right after a firm that make it the project's investor or builder. */
    private static final List<String> INVESTS = List.of("投资", "投建", "承建", "建设", "负责", "独资", "合资", "全资", "援建");

    private final List<String> backReferences;

    ProjectInvestor() {
        backReferences = ModelFile.lines("projects/back-references.txt").stream().map(String::strip)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** A firm's name is at least this long once the words before it are taken off. */
    private static final int MIN_FIRM = 4;

    /**
     * The investor's name without the words of the sentence an organization span may have taken in
     * (的某某有限公司, 深入某某有限公司): a leading 的, a leading verb or adverb.
     */
    static LocalSpan trimmed(String text, TokenIndex tokens, LocalSpan firm) {
        int s = firm.start();
        if (text.charAt(s) == '的') s++;
        Token t = tokens.at(s);
        if (t != null && t.start() == s && t.end() < firm.end() && (t.tag().startsWith("v") || t.tag().startsWith("d") || t.tag().equals("ad"))
                && !t.tag().equals("vn")) s = t.end();
        return firm.end() - s >= MIN_FIRM ? new LocalSpan(s, firm.end()) : firm;
    }

    /** The firm whose name ends exactly at {@code end}. */
    static Optional<LocalSpan> endingAt(List<EntityFinding> orgs, int end) {
        return orgs.stream().filter(o -> o.span().end() == end && o.kind().equals("firm")).map(EntityFinding::span).findFirst();
    }

    /** 江苏恒达新材料科技有限公司年产12万吨…项目: where the name starts once the investor before it is set aside. */
    static int after(int start, int headStart, List<EntityFinding> orgs) {
        int s = start;
        for (EntityFinding o : orgs) {
            boolean named = o.kind().equals("firm") || (o.kind().equals("zone") && o.span().length() >= 6);
            if (named && o.span().start() >= start && o.span().end() < headStart && o.span().end() > s) s = o.span().end();
        }
        return s;
    }

    /** The firm that invests in or builds the project, named in the same sentence. */
    static LocalSpan near(String text, LocalSpan project, List<EntityFinding> orgs) {
        int s = ProjectStatus.sentenceStart(text, project.start());
        int e = ProjectStatus.sentenceEnd(text, project.end());
        LocalSpan best = null;
        for (EntityFinding o : orgs) {
            LocalSpan os = o.span();
            if (os.start() < s || os.end() > e || !(o.kind().equals("firm") || o.kind().equals("institution"))) continue;
            // 甲公司独资的A项目和乙处合资的B项目: a firm before another project invests in that one
            if (os.end() <= project.start() && anotherProjectBetween(text, os.end(), project.start())) continue;
            String after = text.substring(os.end(), Math.min(e, os.end() + 6));
            String before = text.substring(Math.max(s, os.start() - 4), os.start());
            boolean invests = INVESTS.stream().anyMatch(after::startsWith) || before.endsWith("投资方") || before.endsWith("由")
                    || investsSoon(text, os.end(), e);
            if (invests && (best == null || Math.abs(os.start() - project.start()) < Math.abs(best.start() - project.start()))) {
                best = os;
            }
        }
        return best;
    }

    private static boolean anotherProjectBetween(String text, int from, int to) {
        String between = text.substring(from, to);
        return between.contains("项目") || between.contains("工程");
    }

    /** How far after the firm, in its clause, 投资兴建 may stand (某某集团在某某区投资兴建). */
    private static final int INVEST_REACH = 8;
    private static final List<String> BUILDS = List.of("投资兴建", "投资建设", "投资新建");

    private static boolean investsSoon(String text, int s, int sentenceEnd) {
        int end = Math.min(sentenceEnd, s + INVEST_REACH + 4);
        for (int i = s; i < end && i - s <= INVEST_REACH; i++) {
            if ("，,；;".indexOf(text.charAt(i)) >= 0) return false;
            for (String b : BUILDS) if (text.startsWith(b, i)) return true;
        }
        return false;
    }

    /**
     * 该项目由某某公司投资建设: a sentence that opens by pointing back (该项目, 该产业园, 主会场项目)
     * names the investor of the project mentioned just before it.
     */
    LocalSpan inFollowingSentence(String text, List<LocalSpan> mentions, List<EntityFinding> orgs, int maxRead) {
        for (LocalSpan m : mentions.subList(0, Math.min(mentions.size(), maxRead))) {
            int next = ProjectStatus.sentenceEnd(text, m.end());
            if (next >= text.length()) continue;
            int s = next + 1;
            boolean pointsBack = false;
            for (String r : backReferences) if (text.startsWith(r, s)) pointsBack = true;
            if (!pointsBack) continue;
            LocalSpan found = near(text, new LocalSpan(s, s), orgs);
            if (found != null) return found;
        }
        return null;
    }
}
