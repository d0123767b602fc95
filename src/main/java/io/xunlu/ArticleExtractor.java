package io.xunlu;

import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.name.NameRecognizer;
import io.xunlu.extract.official.OfficialExtractor;
import io.xunlu.extract.official.OfficialFinding;
import io.xunlu.extract.official.TitleGrammar;
import io.xunlu.link.LinkedOfficial;
import io.xunlu.link.OfficialLinker;
import java.time.LocalDate;
import java.util.List;

/** Runs HanLP and one extractor per field over an item's text, then links what they found. */
public final class ArticleExtractor {
    private final HanLPAnalyzer analyzer;
    private final OfficialExtractor officials;
    private final OfficialLinker officialLinker;

    public ArticleExtractor(HanLPAnalyzer analyzer) {
        this.analyzer = analyzer;
        NameRecognizer names = new NameRecognizer();
        TitleGrammar titles = new TitleGrammar();
        officials = new OfficialExtractor(titles, names);
        officialLinker = new OfficialLinker(names);
    }

    public ArticleFacts extract(String text, LocalDate published) {
        List<Token> tokens = analyzer.analyze(text);
        ArticleText a = new ArticleText(text, tokens, published);
        TokenIndex index = new TokenIndex(tokens, text.length());
        List<OfficialFinding> found = officials.extract(a, index);
        List<LinkedOfficial> linked = officialLinker.link(text, found);
        return new ArticleFacts(linked);
    }
}
