package io.xunlu;

import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.EntityFinding;
import io.xunlu.extract.PhraseStart;
import io.xunlu.extract.name.NameRecognizer;
import io.xunlu.extract.official.OfficialExtractor;
import io.xunlu.extract.official.OfficialFinding;
import io.xunlu.extract.official.Title;
import io.xunlu.extract.official.TitleGrammar;
import io.xunlu.extract.org.OrganizationExtractor;
import io.xunlu.extract.person.PersonExtractor;
import io.xunlu.extract.place.PlaceExtractor;
import io.xunlu.extract.project.ProjectExtractor;
import io.xunlu.link.LinkedOfficial;
import io.xunlu.link.OfficialLinker;
import io.xunlu.link.ProjectFacts;
import io.xunlu.extract.amount.AmountExtractor;
import io.xunlu.extract.amount.AmountFinding;
import io.xunlu.extract.count.CountExtractor;
import io.xunlu.extract.count.CountFinding;
import io.xunlu.extract.date.DateExtractor;
import io.xunlu.extract.date.DurationOverlaps;
import io.xunlu.extract.document.DocumentExtractor;
import io.xunlu.resolve.ConflictPolicy;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs HanLP and one extractor per field over an item's text; the entity extractors propose, the
 * {@link ConflictPolicy} decides which field a contested span goes to, then the linkers join
 * mentions and facts.
 */
public final class ArticleExtractor {
    private final HanLPAnalyzer analyzer;
    private final OfficialExtractor officials;
    private final OfficialLinker officialLinker;
    private final OrganizationExtractor organizations;
    private final PlaceExtractor places;
    private final ProjectExtractor projects;
    private final PersonExtractor people;
    private final AmountExtractor amounts = new AmountExtractor();
    private final CountExtractor counts = new CountExtractor();
    private final DateExtractor dates = new DateExtractor();
    private final DocumentExtractor documents = new DocumentExtractor();
    private final ConflictPolicy conflicts = new ConflictPolicy();

    public ArticleExtractor(HanLPAnalyzer analyzer) {
        this.analyzer = analyzer;
        NameRecognizer names = new NameRecognizer();
        TitleGrammar titles = new TitleGrammar();
        PhraseStart phrases = new PhraseStart();
        officials = new OfficialExtractor(titles, names);
        officialLinker = new OfficialLinker(names);
        organizations = new OrganizationExtractor(phrases, titles);
        places = new PlaceExtractor();
        projects = new ProjectExtractor(phrases);
        people = new PersonExtractor(phrases, names);
    }

    public ArticleFacts extract(String text, LocalDate published) {
        List<Token> tokens = analyzer.analyze(text);
        ArticleText a = new ArticleText(text, tokens, published);
        TokenIndex index = new TokenIndex(tokens, text.length());

        List<Title> titles = officials.findTitles(text, index);
        List<OfficialFinding> found = officials.extract(a, index);
        List<LinkedOfficial> linked = officialLinker.link(text, found);

        List<EntityFinding> orgs = organizations.extract(a, index, titles);
        List<EntityFinding> zones = orgs.stream().filter(o -> o.kind().equals("zone")).toList();
        ConflictPolicy.Decision d = conflicts.decide(text, new ConflictPolicy.Claims(titles, linked, orgs,
                projects.extract(a, index, orgs), places.candidates(a, index, zones), people.extract(a, index)));

        // a figure both a duration and a date (一个月前, 持续近20日) keeps one reading
        DurationOverlaps.Settled time = DurationOverlaps.settle(amounts.extract(a), dates.extract(a));
        List<AmountFinding> amountsFound = time.amounts();
        List<CountFinding> countsFound = counts.extract(a, amountsFound);
        return new ArticleFacts(linked, d.people(), d.organizations(), d.places(), d.projects(), amountsFound, countsFound,
                ProjectFacts.link(text, d.projects(), amountsFound), time.dates(), documents.extract(a));
    }
}
