package io.xunlu.extract.official;

import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.name.NameRecognizer;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Officials where the text introduces them: a title chain, then a name or a list of names.
 * 市委副书记、市长吴新明 (two titles, one name); 副市长A、B (one title shared by a list); 市领导A、B、C;
 * 华驰电驱董事长、总经理祁晟. Later bare mentions and anaphors are the linker's job.
 */
public final class OfficialExtractor {
    private static final int MAX_NAME = 6;

    private final TitleGrammar grammar;
    private final NameRecognizer names;
    private final List<String> appointmentVerbs;

    public OfficialExtractor(TitleGrammar grammar, NameRecognizer names) {
        this.grammar = grammar;
        this.names = names;
        appointmentVerbs = ModelFile.lines("titles/appointment-verbs.txt").stream().map(String::strip).toList();
    }

    public List<OfficialFinding> extract(ArticleText a, TokenIndex tokens) {
        String text = a.text();
        List<Title> titles = findTitles(text, tokens);
        // a set, not a scan of the list per name: a page of titles and names would be quadratic
        Set<Integer> titleStarts = new HashSet<>();
        for (Title t : titles) titleStarts.add(t.span().start());
        List<OfficialFinding> out = new ArrayList<>();
        int k = 0;
        while (k < titles.size()) {
            List<Title> chain = new ArrayList<>();
            chain.add(titles.get(k));
            while (k + 1 < titles.size() && chains(text, titles.get(k), titles.get(k + 1))) {
                chain.add(titles.get(++k));
            }
            int at = titles.get(k).span().end();
            k++;
            boolean first = true;
            while (true) {
                Optional<LocalSpan> name = names.nameAt(text, at, tokens, first);
                if (name.isEmpty() || titleStarts.contains(name.get().start())) break;
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
        for (Title t : titles) appointment(text, tokens, t).ifPresent(n -> out.add(new OfficialFinding(n, List.of(t), "appointment")));
        return out;
    }

    /** 任命汪家瑞为市交通运输局局长, 免去郦春明的市生态环境局局长职务: the name stands before its title. */
    private Optional<LocalSpan> appointment(String text, TokenIndex tokens, Title t) {
        int link = t.span().start() - 1;
        if (link < 2 || (text.charAt(link) != '为' && text.charAt(link) != '的')) return Optional.empty();
        for (int p = Math.max(0, link - MAX_NAME); p <= link - 2; p++) {
            final int start = p;
            boolean afterVerb = appointmentVerbs.stream().anyMatch(v -> text.startsWith(v, start - v.length()) && start >= v.length());
            if (!afterVerb) continue;
            Optional<LocalSpan> n = names.nameAt(text, p, tokens, true);
            if (n.isPresent() && n.get().end() == link) return n;
        }
        return Optional.empty();
    }

    private boolean isSurnameOnly(String text, LocalSpan title, TitleGrammar.PostMatch p) {
        int len = p.start() - title.start();
        return len >= 1 && len <= 2 && names.surnameAt(text, title.start()) == len
                && !grammar.isLevel(text.charAt(title.start()));
    }

    /** Two titles joined by 、 with nothing else between them belong to one person. */
    private static boolean chains(String text, Title a, Title b) {
        int end = a.span().end();
        return end < text.length() && text.charAt(end) == '、' && b.span().start() == end + 1;
    }

    /** Every title in the text: each post with the prefix that names its body. */
    public List<Title> findTitles(String text, TokenIndex tokens) {
        List<Title> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            TitleGrammar.PostMatch p = grammar.postAt(text, i);
            if (p == null) {
                i++;
                continue;
            }
            LocalSpan title = grammar.titleSpan(text, tokens, p);
            if (names != null && isSurnameOnly(text, title, p)) {
                i = p.end();
                continue; // 罗县长, 申屠院长: a later mention of an official, not a title
            }
            if (p.kind().equals("group") && !(title.length() == 3 && grammar.isLevel(text.charAt(title.start())))) {
                i = p.end();
                continue; // 领导 is a title only as 市领导, 区领导 …
            }
            out.add(new Title(title, p.start(), p.kind()));
            i = p.end();
        }
        return out;
    }
}
