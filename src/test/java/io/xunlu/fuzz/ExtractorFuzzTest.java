package io.xunlu.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.xunlu.ArticleExtractor;
import io.xunlu.ArticleFacts;
import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.PhraseStart;
import io.xunlu.extract.amount.AmountExtractor;
import io.xunlu.extract.amount.AmountFinding;
import io.xunlu.extract.count.CountExtractor;
import io.xunlu.extract.date.DateExtractor;
import io.xunlu.extract.document.DocumentExtractor;
import io.xunlu.extract.name.NameRecognizer;
import io.xunlu.extract.official.OfficialExtractor;
import io.xunlu.extract.official.TitleGrammar;
import io.xunlu.extract.org.OrganizationExtractor;
import io.xunlu.extract.person.PersonExtractor;
import io.xunlu.extract.place.PlaceExtractor;
import io.xunlu.extract.project.ProjectExtractor;
import io.xunlu.ingest.MatchFolding;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Each extractor alone on an ArticleText built from fuzzed text (folded as the pipeline folds it,
 * with HanLP's tokens), and all of them together: no exception, every span inside the text and on
 * whole code points, the same findings for the same input.
 */
class ExtractorFuzzTest {
    private static final HanLPAnalyzer ANALYZER = HanLPAnalyzer.get();
    private static final NameRecognizer NAMES = new NameRecognizer();
    private static final TitleGrammar TITLES = new TitleGrammar();
    private static final PhraseStart PHRASES = new PhraseStart();
    private static final OfficialExtractor OFFICIALS = new OfficialExtractor(TITLES, NAMES);
    private static final OrganizationExtractor ORGANIZATIONS = new OrganizationExtractor(PHRASES, TITLES);
    private static final PlaceExtractor PLACES = new PlaceExtractor();
    private static final ProjectExtractor PROJECTS = new ProjectExtractor(PHRASES);
    private static final PersonExtractor PEOPLE = new PersonExtractor(PHRASES, NAMES);
    private static final AmountExtractor AMOUNTS = new AmountExtractor();
    private static final CountExtractor COUNTS = new CountExtractor();
    private static final DateExtractor DATES = new DateExtractor();
    private static final DocumentExtractor DOCUMENTS = new DocumentExtractor();
    private static final ArticleExtractor ALL = new ArticleExtractor(ANALYZER);
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 15);

    /** The text an extractor sees: folded like the pipeline folds, with HanLP's tokens. */
    private record Input(ArticleText article, TokenIndex index) {
        static Input of(byte[] bytes) {
            String text = MatchFolding.fold(FuzzInput.text(bytes)).text();
            ArticleText a = new ArticleText(text, ANALYZER.analyze(text), PUBLISHED);
            return new Input(a, new TokenIndex(a.tokens(), text.length()));
        }

        String text() { return article.text(); }
    }

    private static void check(byte[] bytes, Function<Input, Object> extractor) {
        Input in = Input.of(bytes);
        Object found = extractor.apply(in);
        SpanCheck.assertSpansInside(in.text(), found);
        assertEquals(found, extractor.apply(Input.of(bytes)), "the same text gave different findings");
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void officials(byte[] bytes) {
        check(bytes, in -> List.of(OFFICIALS.findTitles(in.text(), in.index()), OFFICIALS.extract(in.article(), in.index())));
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void organizations(byte[] bytes) {
        check(bytes, in -> ORGANIZATIONS.extract(in.article(), in.index(), OFFICIALS.findTitles(in.text(), in.index())));
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void places(byte[] bytes) {
        check(bytes, in -> PLACES.candidates(in.article(), in.index(), List.of()));
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void projects(byte[] bytes) {
        check(bytes, in -> PROJECTS.extract(in.article(), in.index(), List.of()));
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void people(byte[] bytes) {
        check(bytes, in -> PEOPLE.extract(in.article(), in.index()));
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void amountsAndCounts(byte[] bytes) {
        check(bytes, in -> {
            List<AmountFinding> amounts = AMOUNTS.extract(in.article());
            return List.of(amounts, COUNTS.extract(in.article(), amounts));
        });
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void dates(byte[] bytes) {
        check(bytes, in -> DATES.extract(in.article()));
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void documents(byte[] bytes) {
        check(bytes, in -> DOCUMENTS.extract(in.article()));
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void allExtractorsTogether(byte[] bytes) {
        check(bytes, in -> {
            ArticleFacts facts = ALL.extract(in.text(), PUBLISHED);
            return facts;
        });
    }
}
