package io.xunlu.extract.official;

import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.Coverage;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.PhraseStart;
import io.xunlu.extract.name.NameRecognizer;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Officials where the text introduces them: a title chain, then a name or a list of names.
 * 市委副书记、市长李卫国 (two titles, one name); 副市长A、B (one title shared by a list); 市领导A、B、C;
 * 恒远电驱董事长、总经理吴启明; the name before its post (李卫国副市长, A总书记); a list closed by a
 * collective title (A、B等市领导). Later bare mentions and anaphors are the linker's job.
 */
public final class OfficialExtractor {
    private static final int MAX_NAME = 6;
    /** Words between a title and the names it goes to: 县领导还有A、B, 执行主席是A、B, 副组长为A、B. */
    private static final int MAX_LISTED = 30;
    /** Verbs that close a list of holders after 由: 组长由A担任. */
    private static final List<String> HOLDING_AFTER = List.of("担任", "出任", "兼任");
    private static final List<String> LIST_LINKS = List.of("分别是", "分别为", "还有", "包括", "有", "是", "为");

    private final TitleGrammar grammar;
    private final NameRecognizer names;
    private final List<String> appointmentVerbs;
    private final NameBeforePost nameBefore;
    private final CollectiveTitles collective;
    private final List<String> civilBodies;

    public OfficialExtractor(TitleGrammar grammar, NameRecognizer names) {
        this.grammar = grammar;
        this.names = names;
        appointmentVerbs = ModelFile.lines("titles/appointment-verbs.txt").stream().map(String::strip).toList();
        nameBefore = new NameBeforePost(grammar, names);
        collective = new CollectiveTitles(grammar, names);
        civilBodies = ModelFile.lines("titles/civil-bodies.txt").stream().map(String::strip).toList();
    }

    public List<OfficialFinding> extract(ArticleText a, TokenIndex tokens) {
        String text = a.text();
        List<TitleSite> sites = scan(text, tokens);
        Set<Integer> titleStarts = new HashSet<>();
        Coverage titleSpans = new Coverage();
        for (TitleSite s : sites) {
            titleStarts.add(s.title().span().start());
            titleSpans.add(s.title().span());
        }
        List<OfficialFinding> out = new ArrayList<>();
        for (int j = 0; j < sites.size(); j++) {
            TitleSite s = sites.get(j);
            if (s.nameBefore() != null) out.add(new OfficialFinding(s.nameBefore(), heldChain(text, tokens, sites, j), "name+title"));
        }
        int k = 0;
        while (k < sites.size()) {
            List<Title> chain = new ArrayList<>();
            chain.add(sites.get(k).title());
            boolean publicPost = !sites.get(k).civil();
            while (k + 1 < sites.size() && chains(text, sites.get(k), sites.get(k + 1), false)) {
                chain.add(sites.get(++k).title());
                publicPost |= !sites.get(k).civil();
            }
            TitleSite last = sites.get(k);
            k++;
            // 记者协会会长A: a post of civil society alone makes a person with that role, not an official;
            // held with a public post (市政协委员、市商贸协会会长A) it is one of an official's titles
            if (last.nameBefore() != null || last.generic() || !publicPost) continue;
            int at = listAfterLink(text, tokens, last.title().span().end());
            boolean first = true;
            while (true) {
                // a name after a title, or the next of a list it opens (副市长A、B): the title vouches for each
                Optional<LocalSpan> name = names.nameAt(text, at, tokens, true);
                if (name.isEmpty() || titleSpans.overlaps(name.get()) || grammar.postAt(text, name.get().start()) != null
                        || grammar.stateBodyAtEnd(name.get().of(text)) != null) break; // 代表省委省政府: a body, not a name
                out.add(new OfficialFinding(name.get(), List.copyOf(chain), first ? "title+name" : "title+name_list"));
                first = false;
                at = name.get().end();
                if (at < text.length() && text.charAt(at) == '、' && !titleStarts.contains(at + 1)) {
                    at++;
                } else {
                    break;
                }
            }
        }
        Map<Integer, LocalSpan> introduced = new HashMap<>();
        for (OfficialFinding f : out) introduced.put(f.name().end(), f.name());
        for (TitleSite s : sites) {
            Optional<LocalSpan> n = appointment(text, tokens, s.title());
            // 以市委书记某某为团长: a name just introduced by its title takes the post after 为 too
            int link = s.title().span().start() - 1;
            if (n.isEmpty() && link > 0 && text.charAt(link) == '为' && s.nameBefore() == null) n = Optional.ofNullable(introduced.get(link));
            n.ifPresent(name -> out.add(new OfficialFinding(name, List.of(s.title()), "appointment")));
        }
        out.addAll(collective.listsBefore(text, tokens, sites, out));
        out.sort(Comparator.comparingInt(f -> f.name().start())); // officials come out in text order
        return out;
    }

    /**
     * 县领导还有A、B, 执行主席是：A、B、C: a link word (and a colon) between a title and the list of
     * names it goes to. Returns where the names start, or at when no link word or no list of two
     * names or more follows (市长是一个…; a single name after 是 may be anything).
     */
    private int listAfterLink(String text, TokenIndex tokens, int at) {
        if (at < text.length() && text.charAt(at) == '由') return byHolders(text, tokens, at);
        int k = at;
        for (String w : LIST_LINKS) {
            if (text.startsWith(w, k)) {
                k += w.length();
                break;
            }
        }
        if (k < text.length() && (text.charAt(k) == ':' || text.charAt(k) == '：')) k++;
        if (k == at) return at;
        Optional<LocalSpan> first = names.nameAt(text, k, tokens, true);
        if (first.isEmpty() || first.get().end() >= text.length() || text.charAt(first.get().end()) != '、') return at;
        return names.nameAt(text, first.get().end() + 1, tokens, true).isPresent() ? k : at;
    }

    /**
     * 执行主席由A、B担任: the names after 由 hold the title when a holding verb closes their list.
     * Returns where the names start, or at.
     */
    private int byHolders(String text, TokenIndex tokens, int at) {
        int k = at + 1;
        for (int n = 0; n < MAX_LISTED; n++) {
            Optional<LocalSpan> name = names.nameAt(text, k, tokens, true);
            if (name.isEmpty()) return at;
            int e = name.get().end();
            if (e < text.length() && text.charAt(e) == '、') {
                k = e + 1;
                continue;
            }
            for (String v : HOLDING_AFTER) if (text.startsWith(v, e)) return at + 1;
            return at;
        }
        return at;
    }

    /**
     * The titles a name before its post holds: that post, and where a holding verb joined them (某任市委
     *副书记、代市长。) the titles chained after it that no name of their own follows.
     */
    private List<Title> heldChain(String text, TokenIndex tokens, List<TitleSite> sites, int j) {
        TitleSite s = sites.get(j);
        if (!s.holdingVerb()) return List.of(s.title());
        List<Title> chain = new ArrayList<>(List.of(s.title()));
        int k = j;
        while (k + 1 < sites.size() && chains(text, sites.get(k), sites.get(k + 1), true)) chain.add(sites.get(++k).title());
        if (k == j) return chain;
        int end = sites.get(k).title().span().end();
        return names.nameAt(text, end, tokens, true).isPresent() ? List.of(s.title()) : chain;
    }

    /** 任命汪家瑞为市自然资源局局长, 免去郦春明的市生态环境局局长职务: the name stands before its title. */
    private Optional<LocalSpan> appointment(String text, TokenIndex tokens, Title t) {
        int link = t.span().start() - 1;
        if (link < 2 || (text.charAt(link) != '为' && text.charAt(link) != '的')) return Optional.empty();
        return appointedNameEndingAt(text, tokens, link);
    }

    /** A name right after an appointment verb, ending at link (任命|汪家瑞|为). */
    private Optional<LocalSpan> appointedNameEndingAt(String text, TokenIndex tokens, int link) {
        for (int p = Math.max(0, link - MAX_NAME); p <= link - 2; p++) {
            final int start = p;
            boolean afterVerb = appointmentVerbs.stream().anyMatch(v -> text.startsWith(v, start - v.length()) && start >= v.length());
            if (!afterVerb) continue;
            Optional<LocalSpan> n = names.nameAt(text, p, tokens, true);
            if (n.isPresent() && n.get().end() == link) return n;
        }
        return Optional.empty();
    }

    /**
     * HanLP's organization tag can swallow the appointed name into the title's prefix
     * (免去/v 郦春明的市生态环境局/nt 局长): the title starts after the 为 or 的 that follows it.
     */
    private LocalSpan afterAppointedName(String text, TokenIndex tokens, LocalSpan title, int postStart) {
        for (int k = postStart - 1; k > title.start(); k--) {
            char c = text.charAt(k);
            if ((c == '为' || c == '的') && appointedNameEndingAt(text, tokens, k).isPresent()) return new LocalSpan(k + 1, title.end());
        }
        return title;
    }

    /** 罗县长, 申屠院长: a surname and a post. 原市长, 前县长 are a former post: 原 is a surname too, but not here. */
    private boolean isSurnameOnly(String text, LocalSpan title, TitleGrammar.PostMatch p) {
        int len = p.start() - title.start();
        char c = text.charAt(title.start());
        return len >= 1 && len <= 2 && names.surnameAt(text, title.start()) == len
                && !grammar.isLevel(c) && !(len == 1 && FORMER.indexOf(c) >= 0);
    }

    /** Marks of a former post before it (原市长, 前县长). */
    private static final String FORMER = "原前";

    /**
     * Two titles with nothing but 、 between them belong to one person; so do two joined by a comma
     * when the first has no name of its own (嘉兴市委副书记，市长毛宏芳), and two joined by 兼, after
     * a mark or not (市长，兼某开发区工委副书记; 副主席兼行政总裁).
     */
    private static boolean chains(String text, TitleSite a, TitleSite b, boolean afterHolder) {
        if ((a.nameBefore() != null && !afterHolder) || b.nameBefore() != null) return false;
        int end = a.title().span().end();
        int gap = b.title().span().start() - end;
        if (end >= text.length() || gap < 1 || gap > 2) return false;
        char c = text.charAt(end);
        boolean mark = c == '、' || c == '，' || c == ',';
        if (gap == 1) return mark || c == '兼';
        return mark && text.charAt(end + 1) == '兼';
    }

    /** The title's body is one of civil society (记者协会, 摄影家协会). */
    private boolean heldInCivilBody(String text, LocalSpan title, TitleGrammar.PostMatch p) {
        if (title.start() >= p.start()) return false;
        String prefix = text.substring(title.start(), p.start());
        for (String b : civilBodies) if (prefix.endsWith(b)) return true;
        return false;
    }

    /** 代表 is a deputy's title bare at a clause's start (。代表A、B) or after a congress or conference (市人大代表). */
    private boolean isDeputy(String text, LocalSpan title, TitleGrammar.PostMatch p) {
        if (title.start() < p.start()) return grammar.stateBodyAtEnd(text.substring(title.start(), p.start())) != null;
        return p.start() == 0 || PhraseStart.isBoundary(text.charAt(p.start() - 1));
    }

    /** Every title in the text: each post with the prefix that names its body. */
    public List<Title> findTitles(String text, TokenIndex tokens) {
        return scan(text, tokens).stream().map(TitleSite::title).toList();
    }

    private List<TitleSite> scan(String text, TokenIndex tokens) {
        List<TitleSite> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            TitleGrammar.PostMatch p = grammar.postAt(text, i);
            if (p == null) {
                i++;
                continue;
            }
            if (!grammar.fitsWords(tokens, p)) {
                i++;
                continue; // 主席台, 合肥市长丰县: the post is part of another word
            }
            LocalSpan title = afterAppointedName(text, tokens, grammar.titleSpan(text, tokens, p), p.start());
            if (names != null && isSurnameOnly(text, title, p)) {
                i = p.end();
                continue; // 罗县长, 申屠院长: a later mention of an official, not a title
            }
            if (p.kind().equals("group")) {
                LocalSpan group = collective.groupTitle(text, p);
                if (group == null) group = collective.bodyGroupTitle(text, tokens, title, p);
                if (group == null) {
                    i = p.end();
                    continue; // 领导 is a title only as 市领导, 县级领导, 市、县领导, 州政协历届领导A …
                }
                title = group;
            }
            if (p.kind().equals("deputy") && !isDeputy(text, title, p)) {
                i = p.end();
                continue; // 企业代表, 村民代表: a role, not a congress deputy
            }
            Optional<NameBeforePost.Holder> held = p.kind().equals("deputy") ? Optional.empty() : nameBefore.heldInPrefix(text, tokens, title, p);
            if (held.isPresent()) {
                Title t = new Title(new LocalSpan(held.get().titleStart(), title.end()), p.start(), p.kind());
                out.add(new TitleSite(t, held.get().name(), false, false, true));
                i = p.end();
                continue;
            }
            boolean civil = heldInCivilBody(text, title, p);
            Optional<LocalSpan> before = p.kind().equals("deputy") || civil ? Optional.empty() : nameBefore.find(text, tokens, title, p);
            if (before.isPresent()) {
                out.add(new TitleSite(new Title(new LocalSpan(p.start(), p.end()), p.start(), p.kind()), before.get(), false, false, false));
            } else {
                boolean generic = collective.namesNoOne(text, tokens, title);
                out.add(new TitleSite(new Title(title, p.start(), p.kind()), null, generic, civil, false));
            }
            i = p.end();
        }
        return out;
    }
}
