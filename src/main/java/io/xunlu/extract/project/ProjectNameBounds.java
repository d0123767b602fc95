package io.xunlu.extract.project;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.PhraseStart;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a project's name begins and ends around its head: a phase or a section after the head
 * (…产业园二期, …工程（上游段）), a quoted opener (“风光+储能”示范项目), an opener HanLP reads as a
 * verb (年产3万吨…), a firm's seat in parentheses, the name introduced by a dash.
 */
final class ProjectNameBounds {
    static final int MAX_NAME = 40;
    static final List<String> PHASES = List.of("一期", "二期", "三期", "四期");

    private final PhraseStart phrases;
    private final List<String> heads;
    private final List<String> openers;

    private final ProjectStatus statuses;
    private final ProjectNaming naming;

    ProjectNameBounds(PhraseStart phrases, List<String> heads, List<String> openers, ProjectStatus statuses, ProjectNaming naming) {
        this.phrases = phrases;
        this.statuses = statuses;
        this.naming = naming;
        this.heads = heads;
        this.openers = openers;
    }

    /** Where the name ending on the head at headStart begins. */
    int start(String text, TokenIndex tokens, int headStart) {
        int start = withQuoted(text, withOpener(text, withParenthetical(text, tokens, phrases.nameStartBefore(text, tokens, headStart, MAX_NAME))), headStart);
        start = afterActions(text, afterAdverbVerb(tokens, start, headStart), headStart);
        start = withJoinedPart(text, tokens, afterEvent(text, tokens, start, headStart), headStart);
        return Math.min(start, afterDash(text, headStart));
    }

    /** Tags of the words a part joined by 和/及/与 may hold (nouns, verbal nouns, modifiers). */
    private static final Set<String> NOMINAL = Set.of("n", "vn", "b", "a", "ng", "nz", "nt", "nf", "nis", "nnt", "gi", "nr", "nrf", "ns");
    private static final int MAX_PART = 12;

    /**
     * 的蚕宝胶囊及茧生活体验馆项目, 亿元基层人力资源和社会保障服务平台项目: a noun phrase joined by
     * 和/及/与 before the name, itself no whole work and no place, shares the head and belongs to the
     * name. The part must follow 的, an amount, a verb or a boundary, so that it opens the phrase.
     */
    private int withJoinedPart(String text, TokenIndex tokens, int start, int headStart) {
        if (start < 3 || headStart - start < 2 || "和及与".indexOf(text.charAt(start - 1)) < 0) return start;
        Token conj = tokens.at(start - 1);
        if (conj == null || conj.start() != start - 1 || conj.end() != start || !conj.tag().startsWith("c")) return start;
        int ls = start - 1;
        while (ls > 0 && start - 1 - ls < MAX_PART) {
            Token t = tokens.at(ls - 1);
            if (t == null || t.start() < start - 1 - MAX_PART || !NOMINAL.contains(t.tag())) break;
            ls = t.start();
        }
        String part = text.substring(ls, start - 1);
        if (part.length() < 2 || naming.onlyKindWords(part) || endsOnHead(part) || naming.endsOnWork(part) || PhraseShapes.isPlace(text, tokens, ls, start - 1)) return start;
        Token prev = ls > 0 ? tokens.at(ls - 1) : null;
        boolean opens = ls == 0 || PhraseStart.isBoundary(text.charAt(ls - 1)) || text.charAt(ls - 1) == '的'
                || prev != null && (prev.tag().startsWith("m") || prev.tag().equals("v"));
        return opens ? ls : start;
    }

    private boolean endsOnHead(String part) {
        for (String h : heads) if (part.endsWith(h)) return true;
        return false;
    }

    /** Verbs of the sentence that take a work as object and open no name (加快建设某某产业园; 新建 does open one). */
    private static final List<String> ACTIONS = List.of("加快", "加速", "全力", "建设", "打造", "推进", "实施", "启动");
    /** What a name keeps before its head once the actions are taken off. */
    private static final int MIN_REST = 3;

    private static int afterActions(String text, int start, int headStart) {
        int s = start;
        for (boolean cut = true; cut; ) {
            cut = false;
            for (String a : ACTIONS) {
                int e = s + a.length();
                // 建设路改造工程, 建设大道: a street named so keeps its word
                if (text.startsWith(a, s) && headStart - e >= MIN_REST && "路街道巷村镇桥".indexOf(text.charAt(e)) < 0) {
                    s = e;
                    cut = true;
                }
            }
        }
        return s;
    }

    /** 充分认识某某项目, 全力推进某某工程: an adverb and the verb after it belong to the sentence. */
    private static int afterAdverbVerb(TokenIndex tokens, int start, int headStart) {
        Token adverb = tokens.at(start);
        if (adverb == null || adverb.start() != start || !(adverb.tag().equals("d") || adverb.tag().equals("ad"))) return start;
        Token verb = tokens.at(adverb.end());
        if (verb == null || verb.start() != adverb.end() || !(verb.tag().equals("v") || verb.tag().equals("vi")) || verb.end() >= headStart - 1) return start;
        return verb.end();
    }

    /** 当天集中开工某某产业园: the event verb belongs to the sentence, the name begins after it. */
    private int afterEvent(String text, TokenIndex tokens, int start, int headStart) {
        int s = start;
        for (int i = start; i < headStart; i++) {
            int v = statuses.verbEnd(text, tokens, i);
            if (v > 0 && v < headStart - 1) s = Math.max(s, v);
        }
        return s;
    }

    /**
     * 电子信息产业园二期, 航道整治工程（上游段）: a phase or a section right after the head is part of
     * the name.
     */
    static int withPhase(String text, int e) {
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
    static <V> V fullerVariant(Map<String, V> byName, String name) {
        for (Map.Entry<String, V> e : byName.entrySet()) {
            String other = e.getKey();
            if (other.length() > name.length() && shortForm(other).equals(name)) return e.getValue();
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
    static boolean conjunctionGlued(String text, TokenIndex tokens, int e) {
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
}
