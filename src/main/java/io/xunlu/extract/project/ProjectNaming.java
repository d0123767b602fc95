package io.xunlu.extract.project;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Whether a phrase names one project rather than a kind of project, a count, a place, a firm or a
 * slogan: 高纯硅材料一体化项目 names; 重大产业项目, 工业项目12个, 某某区项目, 精准招项目 do not.
 */
final class ProjectNaming {
    private static final int MIN_DISTINCT = 3;
    /** A phrase this long before its head names a project even without a proper name in it (高性能膜材料项目). */
    private static final int NAMED_LENGTH = 5;
    private static final int MIN_ITEM = 3;
    /** In a list, a verb and at most this much before 项目 is a slogan (全力推项目), a longer phrase a name (城南污水厂扩容项目). */
    private static final int SLOGAN = 4;
    /** Endings of bodies, not works: a list item ending so is an investor or an authority. */
    private static final List<String> BODIES = List.of("公司", "集团", "企业", "银行", "协会", "商会", "政府", "委员会", "管委会");
    /** Last characters of administrative units and zones: an item ending so is a place (某某县、某某高新区). */
    private static final String ADMINISTRATIVE = "省市县区州";

    private final List<String> generic;
    private final Set<String> nameVerbs;
    private final List<String> heads;
    private final List<String> works;

    ProjectNaming(List<String> heads) {
        this.heads = heads;
        works = ModelFile.lines("projects/works.txt").stream().map(String::strip)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        generic = ModelFile.lines("projects/generic-words.txt").stream().map(String::strip)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        nameVerbs = Set.copyOf(ModelFile.lines("projects/name-verbs.txt").stream().map(String::strip).toList());
    }

    /**
     * An item of a list of projects names one: one ending on a project head as any such phrase,
     * one without as a name that is no firm, count, place, person or action, and not only kind
     * words. Outside an explicit enumeration (具体为：…) an item that ends on no word for a work
     * needs a proper name or a figure (储能电池、光伏组件等龙头项目 lists kinds of products).
     */
    boolean namesItem(String text, TokenIndex tokens, int s, int e, boolean explicit) {
        if (text.codePointCount(s, e) < MIN_ITEM) return false;
        String item = text.substring(s, e);
        if (item.startsWith("项目") || item.startsWith("工程") || PhraseShapes.endsOnCount(item)) return false; // 项目41个
        for (String h : heads) {
            if (item.endsWith(h) && item.length() > h.length()) return isNamed(text, tokens, new LocalSpan(s, e), e - h.length(), true, false);
        }
        for (String b : BODIES) if (item.endsWith(b)) return false;
        boolean work = endsOnWork(item);
        if (PhraseShapes.isCount(item) || !work && ADMINISTRATIVE.indexOf(item.charAt(item.length() - 1)) >= 0) return false;
        // 某某镇 is a place, 某某大道 a road being built; HanLP's ns alone is no proof (某某银座/ns in a list of projects)
        if (!work && PhraseShapes.isDivision(text, s, e)) return false;
        Token t = tokens.at(s);
        if (t != null && t.start() == s && t.end() == e && t.tag().startsWith("nr")) return false;
        if (PhraseShapes.holdsPreposition(tokens, s, e) || PhraseShapes.personActs(tokens, s, e)) return false; // 某某在致辞中代表县委: a clause, not a name
        // 引领流域发展: an item opening on a verb is an aim, not a work
        if (t != null && t.start() == s && t.end() - t.start() >= 2 && (t.tag().equals("v") || t.tag().equals("vi"))) return false;
        if (!explicit && !work && !PhraseShapes.hasProperName(text, tokens, s, e, true) && !item.contains("“")) return false;
        return distinct(item) >= 2;
    }

    /**
     * A work an event happens to (某某村综合服务中心举行奠基仪式) names one when it holds a proper name or
     * a figure and more than kind words: 该中心, 新建小学 name none.
     */
    boolean namesEventWork(String text, TokenIndex tokens, int s, int e) {
        String phrase = text.substring(s, e);
        for (String w : works) {
            if (phrase.endsWith(w)) {
                String before = phrase.substring(0, phrase.length() - w.length());
                return before.length() >= 2 && distinct(before) >= 2 && PhraseShapes.hasProperName(text, tokens, s, e - w.length(), true)
                        && !PhraseShapes.isDivision(text, s, e);
            }
        }
        return false;
    }

    /** A '.' not between two digits (3.5万吨 is a figure) ends a sentence typed in ASCII. */
    private static boolean strayStop(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (text.charAt(i) != '.') continue;
            boolean figure = i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
            if (!figure) return true;
        }
        return false;
    }

    /** A verb this long is a trade (风力发电, 资源化利用), not the sentence's action. */
    private static final int TRADE = 4;

    /** How long a kind word before 、 may be in a coordination sharing one head (高端化工、高端装备项目). */
    private static final int KIND = 4;

    /**
     * 高端化工、高端装备、高端纺织项目: a name starting right after 、 whose conjunct before is a short
     * phrase without a head, a work or a proper name is the last of kinds that share the head.
     */
    boolean sharesHead(String text, TokenIndex tokens, int start) {
        if (start < 3 || text.charAt(start - 1) != '、') return false;
        int k = start - 1;
        while (k > 0 && tokens.at(k - 1) != null && tokens.at(k - 1).end() == k && PhraseShapes.isModifierWord(tokens.at(k - 1))
                && start - 1 - tokens.at(k - 1).start() <= KIND) k = tokens.at(k - 1).start();
        int len = start - 1 - k;
        if (len < 2 || k > 0 && !io.xunlu.extract.PhraseStart.isBoundary(text.charAt(k - 1)) && !PhraseShapes.afterVerb(tokens, k)) return false;
        String before = text.substring(k, start - 1);
        Token last = tokens.at(start - 2);
        boolean noun = last != null && !last.tag().equals("vn"); // 清理整治、某某工程: an action, not a kind
        return noun && !endsOnWork(before) && !PhraseShapes.hasProperName(text, tokens, k, start - 1, true);
    }

    /** 重大民生, 社会民生: the phrase is only words for a kind of project. */
    boolean onlyKindWords(String phrase) {
        return distinct(phrase) == 0;
    }

    /** 基地建设项目, 中心改造工程: at i a verb of a name and then 项目 or 工程 go on with the name. */
    boolean nameRunsOn(String text, int i) {
        for (String v : nameVerbs) {
            int e = i + v.length();
            if (text.startsWith(v, i) && (text.startsWith("项目", e) || text.startsWith("工程", e))) return true;
        }
        return false;
    }

    /** The phrase ends on a word for a work (公园, 大道, 中心 …; models/projects/works.txt). */
    boolean endsOnWork(String phrase) {
        for (String w : works) if (phrase.length() > w.length() && phrase.endsWith(w)) return true;
        return false;
    }

    List<String> works() { return works; }

    /** Characters left once figures, kind words (重点, 产业 …) and heads are taken away. */
    private int distinct(String item) {
        int left = 0;
        int i = 0;
        outer:
        while (i < item.length()) {
            char c = item.charAt(i);
            if (Character.isDigit(c) || c == '.' || c == '%') {
                i++;
                continue;
            }
            for (String g : generic) {
                if (item.startsWith(g, i)) {
                    i += g.length();
                    continue outer;
                }
            }
            left++;
            i++;
        }
        return left;
    }

    /** 某某区项目, 某某湾项目: a place and the head say where projects are, not which one. */
    private boolean placeOnly(String text, TokenIndex tokens, int start, int headStart) {
        int placeEnd = PhraseShapes.placeEnd(text, tokens, start);
        if (placeEnd >= headStart) return placeEnd == headStart; // a place word running over the head is no place before it
        // 某某县2019年转型项目, 某某区集中开工建设项目: a place, a year and kind words say which projects, not which one
        return placeEnd > start && distinct(text.substring(placeEnd, headStart).replaceAll("[0-9]+年", "")) == 0;
    }

    /** Names one project: distinct words remain once kind words and figures are taken away, and no count follows. */
    boolean isNamed(String text, TokenIndex tokens, LocalSpan span, int headStart) {
        return isNamed(text, tokens, span, headStart, false, false);
    }

    /**
     * As {@link #isNamed(String, TokenIndex, LocalSpan, int)} for a phrase marked as a name by the
     * zone or firm before it (某某开发区某某科技项目): it may be short. (Quotes mark no name: “一号工程”
     * and “面子工程” are slogans.)
     */
    boolean isNamedMarked(String text, TokenIndex tokens, LocalSpan span, int headStart) {
        return isNamed(text, tokens, span, headStart, false, true);
    }

    /**
     * As {@link #isNamed(String, TokenIndex, LocalSpan, int)}; listed, the phrase stands in a list of
     * projects, which already says it names one: it may be short (空心挂面产业园), and the count after
     * it closes the list (A、B3个项目) rather than counting it.
     */
    private boolean isNamed(String text, TokenIndex tokens, LocalSpan span, int headStart, boolean listed, boolean marked) {
        String head = text.substring(span.start(), headStart);
        if (placeOnly(text, tokens, span.start(), headStart)) return false;
        if (takesAsObject(tokens, span.start(), headStart) && (!listed || head.length() <= SLOGAN)) return false;
        if (PhraseShapes.holdsPreposition(tokens, span.start(), headStart)) return false; // 负责人关于项目: a clause
        if (strayStop(text, span.start(), headStart)) return false; // 某某装置.项目全部建成后: a full stop typed as '.' 
        if (PhraseShapes.endsOnEvent(text, headStart)) return false; // 新签约项目, 集中开工建设项目: projects by their event
        if (PhraseShapes.isSizeClass(head)) return false; // 百亿级项目: a size class, not a name
        if (!listed && !marked && head.length() < NAMED_LENGTH && !PhraseShapes.hasProperName(text, tokens, span.start(), headStart)) return false;
        if (PhraseShapes.isCount(head)) return false; // 5个新能源项目: a count of projects of a kind
        int e = span.end();
        boolean phaseFollows = ProjectNameBounds.PHASES.stream().anyMatch(p -> text.startsWith(p, e)); // …项目一期3GW已投产
        if (!listed && e < text.length() && !phaseFollows && (Character.isDigit(text.charAt(e)) || "一二三四五六七八九十两".indexOf(text.charAt(e)) >= 0)) {
            return false; // 工业项目12个: the subject of a count
        }
        String before = text.substring(span.start(), headStart);
        return distinct(before) >= (marked ? MIN_DISTINCT - 1 : MIN_DISTINCT) && !endsGeneric(before);
    }

    /**
     * 精准招项目, 推动项目, 引进项目: a verb right before the head takes the project as its object. A
     * verb of the trade after a noun names the works (煤气化项目, 某某风力发电项目), as do the verbs of
     * name-verbs.txt (提标改造工程).
     */
    private boolean takesAsObject(TokenIndex tokens, int start, int headStart) {
        Token last = tokens.at(headStart - 1);
        if (last == null || last.end() != headStart || !last.tag().startsWith("v") || last.tag().equals("vn") || last.tag().equals("vg")
                || nameVerbs.contains(last.word())) return false;
        Token before = last.start() > start ? tokens.at(last.start() - 1) : null;
        if (before == null || before.start() < start || !before.tag().startsWith("n") || generic.contains(before.word())) return true;
        // a trade of four characters names works after any noun (某某风力发电项目); one of two only after a
        // common noun (煤气化项目), since after a name it is the sentence's verb (某某区组团项目, 高质量完成项目)
        boolean proper = before.tag().startsWith("nr") || before.tag().startsWith("ns") || before.tag().startsWith("nz") || before.tag().startsWith("nt");
        return last.word().length() < (proper ? TRADE : 2) || generic.contains(last.word());
    }

    /**
     * 南沙区二季度重点项目: the word just before the head only says what kind of project it is; a verb
     * of names after a name does not (某某机场新建工程).
     */
    private boolean endsGeneric(String before) {
        for (String g : generic) if (before.endsWith(g) && !(nameVerbs.contains(g) && before.length() > g.length())) return true;
        return !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1));
    }

}
