package io.xunlu.extract.official;

import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.name.NameRecognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Officials where the text introduces them: a title chain, then a name or a list of names.
 * 市委副书记、市长吴新明 (two titles, one name); 副市长A、B (one title shared by a list); 市领导A、B、C;
 * 华驰电驱董事长、总经理祁晟. Later bare mentions and anaphors are the linker's job.
 */
public final class OfficialExtractor {
    private final TitleGrammar grammar;
    private final NameRecognizer names;

    public OfficialExtractor(TitleGrammar grammar, NameRecognizer names) {
        this.grammar = grammar;
        this.names = names;
    }

    public List<OfficialFinding> extract(ArticleText a, TokenIndex tokens) {
        String text = a.text();
        List<Title> titles = findTitles(text, tokens);
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
                Optional<LocalSpan> name = names.nameAt(text, at, tokens, true);
                if (name.isEmpty() || startsTitle(titles, name.get().start())) break;
                out.add(new OfficialFinding(name.get(), List.copyOf(chain), first ? "title+name" : "title+name_list"));
                first = false;
                at = name.get().end();
                if (at < text.length() && text.charAt(at) == '、' && !startsTitle(titles, at + 1)) {
                    at++;
                } else {
                    break;
                }
            }
        }
        return out;
    }

    /** Two titles joined by 、 with nothing else between them belong to one person. */
    private static boolean chains(String text, Title a, Title b) {
        int end = a.span().end();
        return end < text.length() && text.charAt(end) == '、' && b.span().start() == end + 1;
    }

    private static boolean startsTitle(List<Title> titles, int pos) {
        for (Title t : titles) if (t.span().start() == pos) return true;
        return false;
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
