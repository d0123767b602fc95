package io.xunlu.extract.official;

import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.name.NameRecognizer;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Titles that speak of several people. A collective title (市领导, 县级领导, 市、县领导,
 * 县四套班子领导) goes to each name of the list it opens or closes (A、B等县领导出席), those names
 * keeping their own titles too. A title after a count or a word such as 部分, 各 (700多名省政协委员)
 * names a group, and no name is read after it.
 */
final class CollectiveTitles {
    private static final int MAX_LIST = 60;

    private final TitleGrammar grammar;
    private final NameRecognizer names;
    private final List<String> groupWords;
    private final List<String> cues;

    CollectiveTitles(TitleGrammar grammar, NameRecognizer names) {
        this.grammar = grammar;
        this.names = names;
        groupWords = longestFirst(ModelFile.lines("titles/group-words.txt"));
        cues = longestFirst(ModelFile.lines("titles/group-cues.txt"));
    }

    private static List<String> longestFirst(List<String> lines) {
        List<String> l = new ArrayList<>(lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }

    /**
     * The collective title ending in the group post p (领导): read left from the post over levels,
     * group words and 、 between levels (市、县领导, 县四套班子领导), whatever HanLP glued to it
     * (张仁/nr 贵等市/ns 领导); null when no level stands there (项目领导, 分管领导).
     */
    LocalSpan groupTitle(String text, TitleGrammar.PostMatch p) {
        int s = p.start();
        boolean level = false;
        while (s > 0) {
            char c = text.charAt(s - 1);
            if (grammar.isLevel(c)) {
                level = true;
                s--;
            } else if (c == '、' && level && s >= 2 && grammar.isLevel(text.charAt(s - 2))) {
                s--;
            } else {
                String w = groupWordBefore(text, s);
                if (w == null) break;
                s -= w.length();
            }
        }
        while (s < p.start() && !grammar.isLevel(text.charAt(s))) s++; // a group word opens no title
        if (level && s > 0 && text.charAt(s - 1) == '副') s--; // 副县级以上领导: a rank opens it
        return level ? new LocalSpan(s, p.end()) : null;
    }

    /**
     * A body and 领导 (州政协历届领导, 市委主要领导) name a group only where its names go with it:
     * right after it (州政协历届领导A、B) or before it and 等 (A、B等市委领导). 在市委领导下 and
     * 市委领导同志 speak of the body or of no one.
     */
    LocalSpan bodyGroupTitle(String text, TokenIndex tokens, LocalSpan title, TitleGrammar.PostMatch p) {
        int s = p.start();
        for (String w = groupWordBefore(text, s); w != null && s - w.length() > title.start(); w = groupWordBefore(text, s)) s -= w.length();
        if (s <= title.start() || grammar.stateBodyAtEnd(text.substring(title.start(), s)) == null) return null;
        boolean before = title.start() > 0 && text.charAt(title.start() - 1) == '等';
        boolean after = names.nameAt(text, p.end(), tokens, true).isPresent();
        return before || after ? title : null;
    }

    private String groupWordBefore(String text, int end) {
        for (String w : groupWords) if (end >= w.length() && text.startsWith(w, end - w.length())) return w;
        return null;
    }

    /** The title names a group: a cue word or a count (700多名, 三位) opens it or stands just before it. */
    boolean namesNoOne(String text, TokenIndex tokens, LocalSpan title) {
        int s = title.start();
        for (String c : cues) {
            if (text.startsWith(c, s) || (s >= c.length() && text.startsWith(c, s - c.length()))) return true;
        }
        for (int i = Math.max(1, s - 1); i < title.end(); i++) {
            char c = text.charAt(i);
            if ((c == '名' || c == '位') && isCountBefore(text, tokens, i)) return true;
        }
        return false;
    }

    /** A numeral, or a numeral and 多/余, ends right before i (700多名, 三位, 数十名). */
    private static boolean isCountBefore(String text, TokenIndex tokens, int i) {
        int k = i - 1;
        if (k >= 0 && (text.charAt(k) == '多' || text.charAt(k) == '余')) k--;
        if (k < 0) return false;
        char n = text.charAt(k);
        return Character.isDigit(n) || "一二三四五六七八九十百千万两几数".indexOf(n) >= 0;
    }

    /**
     * Names listed before 等 and a collective title (A、B、C等县四套班子领导; 县长甲，副县长乙等县领导):
     * walking left from 等 over units separated by 、 or a comma, each unit a name with or without
     * its own titles, until a unit is no name.
     */
    List<OfficialFinding> listsBefore(String text, TokenIndex tokens, List<TitleSite> sites, List<OfficialFinding> found) {
        Map<Integer, OfficialFinding> byNameEnd = new HashMap<>();
        for (OfficialFinding f : found) {
            if (f.titles().get(0).span().end() <= f.name().start()) byNameEnd.putIfAbsent(f.name().end(), f);
        }
        List<OfficialFinding> out = new ArrayList<>();
        for (TitleSite site : sites) {
            Title t = site.title();
            int at = t.span().start() - 1;
            if (!t.kind().equals("group") || at < 2 || text.charAt(at) != '等') continue;
            int end = at;
            for (int n = 0; n < MAX_LIST; n++) {
                int unitStart;
                LocalSpan name;
                OfficialFinding f = byNameEnd.get(end);
                if (f != null) {
                    name = f.name();
                    unitStart = f.titles().get(0).span().start();
                } else {
                    name = names.nameEndingAt(text, tokens, end, true).orElse(null);
                    if (name == null) break;
                    unitStart = name.start();
                }
                out.add(new OfficialFinding(name, List.of(t), "name_list+title"));
                int sep = unitStart - 1;
                if (sep < 1 || !isListSeparator(text.charAt(sep))) break;
                end = sep;
            }
        }
        return out;
    }

    private static boolean isListSeparator(char c) {
        return c == '、' || c == '，' || c == ',';
    }
}
