package io.xunlu;

import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.Coverage;
import io.xunlu.extract.EntityFinding;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.PhraseStart;
import io.xunlu.extract.name.NameRecognizer;
import io.xunlu.extract.official.OfficialExtractor;
import io.xunlu.extract.official.OfficialFinding;
import io.xunlu.extract.official.Title;
import io.xunlu.extract.official.TitleGrammar;
import io.xunlu.extract.org.OrganizationExtractor;
import io.xunlu.extract.person.PersonExtractor;
import io.xunlu.extract.person.PersonFinding;
import io.xunlu.extract.place.PlaceExtractor;
import io.xunlu.extract.project.ProjectExtractor;
import io.xunlu.extract.project.ProjectFinding;
import io.xunlu.link.LinkedOfficial;
import io.xunlu.link.OfficialLinker;
import io.xunlu.link.ProjectFacts;
import io.xunlu.extract.amount.AmountExtractor;
import io.xunlu.extract.amount.AmountFinding;
import io.xunlu.extract.count.CountExtractor;
import io.xunlu.extract.count.CountFinding;
import io.xunlu.extract.date.DateExtractor;
import io.xunlu.extract.document.DocumentExtractor;
import io.xunlu.link.RuledSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs HanLP and one extractor per field over an item's text, then links what they found. */
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

        List<EntityFinding> orgs = new ArrayList<>(organizations.extract(a, index, titles));
        List<ProjectFinding> projs = new ArrayList<>(projects.extract(a, index, orgs));
        // a phrase that runs over an official's name or title is a sentence, not a project's name
        Coverage officialSpans = new Coverage();
        for (Title t : titles) officialSpans.add(t.span());
        for (LinkedOfficial o : linked) for (RuledSpan m : o.mentions()) officialSpans.add(m.span());
        projs.removeIf(p -> p.mentions().stream().anyMatch(officialSpans::overlaps));
        // an organization inside a project's name is part of the name (城南污水处理厂提标改造工程)
        Coverage projectNames = new Coverage();
        Set<String> projectNameSet = new HashSet<>();
        for (ProjectFinding p : projs) {
            projectNameSet.add(p.name());
            for (LocalSpan m : p.mentions()) projectNames.add(m);
        }
        // 云港新区智能装备产业园二期开工: the zone opening a headline's project is the unit the item is about
        Set<String> headlineOwners = new HashSet<>();
        for (EntityFinding o : orgs) {
            if (o.kind().equals("zone") && o.span().start() == 0 && projectNames.covers(o.span())) headlineOwners.add(o.span().of(text));
        }
        orgs.removeIf(o -> projectNames.covers(o.span()) && !projectNameSet.contains(o.span().of(text)));
        List<EntityFinding> zones = orgs.stream().filter(o -> o.kind().equals("zone")).toList();
        orgs.removeAll(zones); // a zone is an organization when it acts, a place otherwise
        List<LocalSpan> taken = new ArrayList<>();
        for (Title t : titles) taken.add(t.span());
        for (EntityFinding o : orgs) taken.add(o.span());
        for (ProjectFinding p : projs) taken.addAll(p.mentions());
        for (LinkedOfficial o : linked) for (RuledSpan m : o.mentions()) taken.add(m.span());
        PlaceExtractor.Result pl = places.extract(a, index, taken, zones);
        orgs.addAll(pl.actingDivisions());
        List<EntityFinding> placesFound = new ArrayList<>();
        for (EntityFinding p : pl.places()) {
            if (headlineOwners.contains(p.span().of(text))) orgs.add(new EntityFinding(p.span(), "zone", "org.acting_division"));
            else placesFound.add(p);
        }

        Set<String> officialNames = new HashSet<>();
        for (LinkedOfficial o : linked) officialNames.add(o.name());
        List<PersonFinding> persons = people.extract(a, index).stream()
                .filter(p -> !officialNames.contains(p.name().of(text))).toList();
        List<AmountFinding> amountsFound = amounts.extract(a);
        List<CountFinding> countsFound = counts.extract(a, amountsFound);
        return new ArticleFacts(linked, persons, orgs, placesFound, projs, amountsFound, countsFound,
                ProjectFacts.link(text, projs, amountsFound), dates.extract(a), documents.extract(a));
    }
}
