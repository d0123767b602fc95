package io.xunlu;

import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.date.DateExtractor;
import io.xunlu.extract.date.DateFinding;
import io.xunlu.extract.date.PageStamps;
import io.xunlu.ingest.Ingest;
import io.xunlu.ingest.IngestException;
import io.xunlu.ingest.Ingested;
import io.xunlu.ingest.InputDoc;
import io.xunlu.ingest.MatchFolding;
import io.xunlu.json.Article;
import io.xunlu.json.Engine;
import io.xunlu.json.ErrorInfo;
import io.xunlu.json.SourceInfo;
import io.xunlu.json.Warning;
import io.xunlu.json.XunluDocument;
import io.xunlu.layout.ArticleView;
import io.xunlu.layout.LayoutItem;
import io.xunlu.layout.LayoutWarning;
import io.xunlu.layout.PageLayout;
import io.xunlu.output.ArticleAssembler;
import io.xunlu.output.SpanMapper;
import io.xunlu.extract.place.Division;
import io.xunlu.extract.place.Gazetteer;
import io.xunlu.json.Region;
import io.xunlu.layout.DatelineMatcher;
import io.xunlu.region.DivisionCodes;
import io.xunlu.region.RegionChoice;
import io.xunlu.region.RegionFinder;
import io.xunlu.region.RegionOption;
import io.xunlu.region.PostResolver;
import io.xunlu.extract.official.TitleGrammar;
import io.xunlu.text.MappedText;
import io.xunlu.text.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline, top to bottom: ingest (decode, HTML, fold) → layout (items, repaired lines) →
 * analysis and extraction per item ({@link ArticleExtractor}) → JSON records. Built once, immutable,
 * safe to share between threads.
 */
public final class Xunlu {
    public static final String VERSION = "0.1.0";
    public static final Engine ENGINE = new Engine(VERSION, HanLPAnalyzer.VERSION);
    public static final int DEFAULT_MAX_CHARS = 2_000_000;

    private final Ingest ingest;
    private final PageLayout layout;
    private final ArticleExtractor extractor;
    private final PageStamps stamps = new PageStamps(new DateExtractor());
    private final RegionFinder regions = new RegionFinder(Gazetteer.standard());
    private final DatelineMatcher datelines = new DatelineMatcher();
    private final PostResolver posts = new PostResolver(Gazetteer.standard(), new TitleGrammar());

    private Xunlu(int maxChars) {
        ingest = new Ingest(maxChars);
        layout = new PageLayout();
        extractor = new ArticleExtractor(HanLPAnalyzer.get());
    }

    /** The standard engine: loads models and HanLP's dictionaries once. */
    public static Xunlu standard() { return Holder.STANDARD; }

    public static Xunlu withMaxChars(int maxChars) { return new Xunlu(maxChars); }

    private static final class Holder {
        static final Xunlu STANDARD = new Xunlu(DEFAULT_MAX_CHARS);
    }

    /** One input, one document: the articles found, or the reason it could not be read. */
    public XunluDocument extract(InputDoc in) {
        Ingested ing;
        try {
            ing = ingest.read(in);
        } catch (IngestException e) {
            return XunluDocument.error(ENGINE, errorSource(in), new ErrorInfo(e.code(), e.getMessage()));
        }
        SourceText source = new SourceText(ing.text());
        MappedText folded = MatchFolding.fold(ing.text());
        PageLayout.Result page = layout.split(folded.text());
        String idBase = ing.sha256().substring(0, 12);
        List<Article> articles = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        Division option = regionOption(in.region(), warnings);
        // dates outside the items' text: datelines and the pages' publication stamp lines
        List<List<DateFinding>> pageDates = stamps.find(folded.text(), page.items().stream().map(Xunlu::reach).toList(), in.published());
        for (LayoutItem item : page.items()) {
            MappedText view = ArticleView.of(folded, item);
            SpanMapper spans = new SpanMapper(view, source);
            ArticleFacts facts = extractor.extract(view.text(), in.published());
            int index = articles.size();
            RegionChoice region = region(item, folded.text(), view.text(), facts, option);
            Division speaks = region == null ? null : region.division();
            articles.add(ArticleAssembler.assemble(index, idBase + "-" + index, item, folded, view, spans, facts,
                    pageDates.get(index), json(region), (written, title, before) -> posts.resolve(written, title, speaks, before)));
        }
        for (LayoutWarning w : page.warnings()) {
            int at = w.at() < folded.length() ? folded.sourceIndex(w.at()) : source.length();
            int cp = source.toCodePoint(Math.max(0, at));
            warnings.add(new Warning(w.code(), w.message(), cp, cp + 1));
        }
        SourceInfo info = new SourceInfo(in.name(), in.id(), ing.sha256(), ing.format().label(), ing.encoding(),
                source.codePoints(), in.published() == null ? null : in.published().toString(),
                ing.extractedFromMarkup() ? ing.text() : null);
        return XunluDocument.ok(ENGINE, info, articles, warnings);
    }

    /** The division the item speaks from ({@link RegionFinder}), from its text, its dateline's place and the user's option. */
    private RegionChoice region(LayoutItem item, String page, String text, ArticleFacts facts, Division option) {
        LocalSpan place = item.dateline() == null ? null : datelines.wirePlace(page, item.dateline());
        return regions.find(text, regions.namedIn(text, facts.places(), facts.organizations()),
                place == null ? null : place.of(page), option);
    }

    private static Region json(RegionChoice c) {
        if (c == null) return null;
        Division d = c.division();
        return new Region(DivisionCodes.gbCode(d), d.name(), DivisionCodes.levelLabel(d.level()), c.basis());
    }

    /** The region the user gave; one it names wrongly is said in a warning and the items are read without it. */
    private static Division regionOption(String given, List<Warning> warnings) {
        if (given == null || given.isBlank()) return null;
        try {
            return RegionOption.parse(Gazetteer.standard(), given);
        } catch (IllegalArgumentException e) {
            warnings.add(new Warning("input.bad_region", e.getMessage(), null, null));
            return null;
        }
    }

    /** What the stamp finder needs of an item: its reach, dateline and the pieces its text is made of. */
    private static PageStamps.Reach reach(LayoutItem item) {
        List<LocalSpan> text = new ArrayList<>(item.headlineLines());
        text.addAll(item.subheadlines());
        item.paragraphs().forEach(text::addAll);
        return new PageStamps.Reach(item.start(), item.end(), item.dateline(), text);
    }

    private static SourceInfo errorSource(InputDoc in) {
        byte[] b = in.bytes() != null ? in.bytes() : in.text() == null ? new byte[0]
                : in.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new SourceInfo(in.name(), in.id(), Ingest.sha256(b), in.format() == null ? "auto" : in.format().label(),
                in.encoding(), null, in.published() == null ? null : in.published().toString(), null);
    }
}
