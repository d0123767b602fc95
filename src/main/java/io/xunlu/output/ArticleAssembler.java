package io.xunlu.output;

import io.xunlu.ArticleFacts;
import io.xunlu.extract.LocalSpan;
import io.xunlu.json.Article;
import io.xunlu.json.Byline;
import io.xunlu.json.Mention;
import io.xunlu.json.Official;
import io.xunlu.layout.BylineParser;
import io.xunlu.layout.LayoutItem;
import io.xunlu.link.LinkedOfficial;
import io.xunlu.link.RuledSpan;
import io.xunlu.text.MappedText;
import io.xunlu.text.Span;
import io.xunlu.extract.EntityFinding;
import io.xunlu.extract.amount.AmountFinding;
import io.xunlu.extract.count.CountFinding;
import io.xunlu.extract.count.CountPartFinding;
import io.xunlu.extract.date.DateFinding;
import io.xunlu.extract.document.DocumentFinding;
import io.xunlu.json.DateItem;
import io.xunlu.json.DocumentRef;
import io.xunlu.json.Amount;
import io.xunlu.json.Count;
import io.xunlu.json.CountPart;
import io.xunlu.json.Fact;
import io.xunlu.json.Region;
import io.xunlu.json.Post;
import java.math.BigDecimal;
import io.xunlu.extract.person.PersonFinding;
import io.xunlu.extract.project.ProjectFinding;
import io.xunlu.json.Entity;
import io.xunlu.json.Person;
import io.xunlu.json.Project;
import io.xunlu.extract.org.MediaCredits;
import io.xunlu.layout.DatelineMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Objects;

/** Turns one item's layout and facts into the contract's Article, every span on the source. */
public final class ArticleAssembler {
    private ArticleAssembler() {}

    private static final DatelineMatcher DATELINES = new DatelineMatcher();
    private static final MediaCredits MEDIA = new MediaCredits();

    /** pageDates: dates the item carries outside its text (dateline, stamp line), in page coordinates. */
    public static Article assemble(int index, String id, LayoutItem item, MappedText page, MappedText view,
                                   SpanMapper spans, ArticleFacts facts, List<DateFinding> pageDates, Region region,
                                   PostLookup posts) {
        SpanMapper pageSpans = new SpanMapper(page, spans.source());
        String headline = item.headlineLines().isEmpty() ? null : joinLines(pageSpans, item.headlineLines());
        List<String> decks = item.subheadlines().stream().map(pageSpans::text).toList();
        String dateline = item.dateline() == null ? null : pageSpans.text(item.dateline());
        List<Byline> bylines = new ArrayList<>();
        for (BylineParser.Credit c : item.bylines()) {
            Span s = pageSpans.map(c.name());
            // a two-character name set with a space (邓 蕾) is the name 邓蕾; the offsets keep the spread
            if (s != null) bylines.add(new Byline(c.role(), s.text().replace(" ", "").replace("\u3000", ""), s.start(), s.end(), s.startUtf16(), s.endUtf16()));
        }
        Span whole = pageSpans.map(new LocalSpan(item.start(), item.end()));
        List<Official> officials = new ArrayList<>();
        for (LinkedOfficial o : facts.officials()) {
            List<Mention> titleMentions = o.titles().stream().map(t -> spans.mention(t, "title")).filter(Objects::nonNull).toList();
            List<String> titles = o.titles().stream().map(spans::titleText).toList();
            List<Post> resolved = new ArrayList<>();
            for (int i = 0; i < titles.size(); i++)
                resolved.add(posts.of(titles.get(i), o.titles().get(i).of(view.text()), i == 0 ? null : resolved.get(i - 1)));
            List<Mention> mentions = new ArrayList<>();
            for (RuledSpan r : o.mentions()) {
                Mention m = spans.mention(r.span(), r.rule());
                if (m != null) mentions.add(m);
            }
            String name = mentions.isEmpty() ? o.name() : spans.text(o.mentions().get(0).span());
            officials.add(new Official(name, titles, resolved, titleMentions, mentions));
        }
        Set<String> credited = new HashSet<>();
        for (Byline b : bylines) credited.add(b.name());
        List<Person> people = new ArrayList<>();
        Map<String, Integer> seenPeople = new HashMap<>();
        for (PersonFinding p : facts.people()) {
            String name = spans.text(p.name());
            if (credited.contains(name)) continue;
            Mention m = spans.mention(p.name(), p.rule());
            if (m == null) continue;
            Integer at = seenPeople.get(name);
            if (at == null) {
                seenPeople.put(name, people.size());
                people.add(new Person(name, p.role() == null ? null : spans.text(p.role()), new ArrayList<>(List.of(m))));
            } else {
                people.get(at).mentions().add(m);
            }
        }
        Map<AmountFinding, Amount> amounts = new LinkedHashMap<>();
        for (AmountFinding f : facts.amounts()) {
            Amount a = amount(f, view, spans);
            if (a != null) amounts.put(f, a);
        }
        List<Project> projects = new ArrayList<>();
        for (ProjectFinding p : facts.projects()) {
            List<Mention> ms = p.mentions().stream().map(s -> spans.mention(s, p.rule())).filter(Objects::nonNull).toList();
            if (ms.isEmpty()) continue;
            List<Fact> pf = new ArrayList<>();
            for (AmountFinding f : facts.projectFacts().getOrDefault(p, List.of())) {
                Amount a = amounts.get(f);
                if (a != null) pf.add(new Fact(a.attribute(), a));
            }
            // the project's name as found (a headline may have used a short form first)
            LocalSpan named = p.mentions().stream().filter(m -> m.end() <= view.text().length() && m.of(view.text()).equals(p.name()))
                    .findFirst().orElse(p.mentions().get(0));
            projects.add(new Project(spans.text(named), p.status() == null ? null : spans.text(p.status()),
                    p.investor() == null ? null : spans.text(p.investor()), null, ms, pf));
        }
        List<Count> counts = new ArrayList<>();
        for (CountFinding c : facts.counts()) {
            Count out = count(c, view, spans);
            if (out != null) counts.add(out);
        }
        List<Entity> places = new ArrayList<>(entities(facts.places(), spans));
        if (item.dateline() != null) withDatelinePlace(places, DATELINES.wirePlace(page.text(), item.dateline()), pageSpans);
        List<Entity> organizations = new ArrayList<>(entities(facts.organizations(), spans));
        withCredits(organizations, credits(item, page.text()), pageSpans);
        return new Article(index, id, item.kind(), headline, decks, dateline, bylines, region,
                whole.start(), whole.end(), whole.startUtf16(), whole.endUtf16(), bodyText(view, spans),
                officials, people, organizations, places,
                projects, List.copyOf(amounts.values()), counts, dates(pageDates, pageSpans, facts, spans), documents(facts, spans));
    }

    private static List<DateItem> dates(List<DateFinding> pageDates, SpanMapper pageSpans, ArticleFacts facts, SpanMapper spans) {
        List<DateItem> out = new ArrayList<>();
        for (DateFinding d : pageDates) {
            Span s = pageSpans.map(d.span());
            if (s != null) out.add(new DateItem(s.text(), d.kind(), d.value(), s.start(), s.end(), s.startUtf16(), s.endUtf16(), d.rule()));
        }
        for (DateFinding d : facts.dates()) {
            Span s = spans.map(d.span());
            if (s != null) out.add(new DateItem(s.text(), d.kind(), d.value(), s.start(), s.end(), s.startUtf16(), s.endUtf16(), d.rule()));
        }
        return out;
    }

    private static List<DocumentRef> documents(ArticleFacts facts, SpanMapper spans) {
        List<DocumentRef> out = new ArrayList<>();
        for (DocumentFinding d : facts.documents()) {
            List<Mention> ms = d.mentions().stream().map(m -> spans.mention(m, d.rule())).filter(Objects::nonNull).toList();
            if (ms.isEmpty()) continue;
            List<String> issuers = d.issuers().stream().map(spans::text).distinct().toList();
            out.add(new DocumentRef(spans.text(d.mentions().get(0)).replace("\n", ""), issuers, ms));
        }
        return out;
    }

    private static Amount amount(AmountFinding f, MappedText view, SpanMapper spans) {
        Span s = spans.map(f.span());
        if (s == null) return null;
        return new Amount(s.text(), f.kind(), plain(f.value()), plain(f.high()), f.unit(), f.approximate(), f.bound(),
                sourceForm(f.attribute(), f.span(), view, spans), s.start(), s.end(), s.startUtf16(), s.endUtf16(), f.rule());
    }

    private static Count count(CountFinding c, MappedText view, SpanMapper spans) {
        Span s = spans.map(c.span());
        if (s == null) return null;
        List<CountPart> parts = new ArrayList<>();
        for (CountPartFinding p : c.parts()) {
            Span ps = spans.map(p.span());
            if (ps == null) continue;
            parts.add(new CountPart(ps.text(), sourceForm(p.subject(), p.span(), view, spans), plain(p.value()), writtenInside(p.measure(), p.span(), view, spans),
                    ps.start(), ps.end(), ps.startUtf16(), ps.endUtf16()));
        }
        return new Count(s.text(), sourceForm(c.subject(), c.span(), view, spans), plain(c.value()), writtenInside(c.measure(), c.span(), view, spans),
                s.start(), s.end(), s.startUtf16(), s.endUtf16(), parts, plain(c.partsSum()), c.consistent(), c.rule());
    }

    /** The subject as written in the source (a Traditional page keeps its characters), found near the figure. */
    private static String sourceForm(String folded, LocalSpan near, MappedText view, SpanMapper spans) {
        if (folded == null || folded.isEmpty()) return folded;
        String t = view.text();
        int from = Math.max(0, near.start() - folded.length() - 40);
        int to = Math.min(t.length(), near.end() + 40 + folded.length());
        int at = t.substring(from, to).indexOf(folded);
        if (at < 0) return folded;
        at += from;
        return spans.text(new LocalSpan(at, at + folded.length()));
    }

    /** A word of the finding as the source writes it inside the finding's own span (個 on a Traditional page), else as given. */
    private static String writtenInside(String folded, LocalSpan span, MappedText view, SpanMapper spans) {
        if (folded == null || folded.isEmpty()) return folded;
        int at = view.text().substring(span.start(), span.end()).lastIndexOf(folded);
        return at < 0 ? folded : spans.text(new LocalSpan(span.start() + at, span.start() + at + folded.length()));
    }

    /** 8000000000, never 8E+9: exact decimals without trailing zeros, written plain by the mapper. */
    private static BigDecimal plain(BigDecimal v) {
        if (v == null) return null;
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** One entity per distinct name, in order of first mention, with every mention found. */
    /** 新华社里斯本3月2日电: the place a wire item was filed from is a place of the article. */
    private static void withDatelinePlace(List<Entity> places, LocalSpan at, SpanMapper pageSpans) {
        if (at == null) return;
        Mention m = pageSpans.mention(at, "place.dateline");
        if (m == null) return;
        String name = pageSpans.text(at);
        for (int k = 0; k < places.size(); k++) {
            Entity e = places.get(k);
            if (e.name().equals(name)) {
                List<Mention> ms = new ArrayList<>(e.mentions());
                ms.add(0, m);
                places.set(k, new Entity(name, List.copyOf(ms)));
                return;
            }
        }
        places.add(0, new Entity(name, List.of(m)));
    }

    /** The outlets the item's dateline and its meta lines (来源:某某日报, 某某日报 2019-05-20) credit, in page coordinates. */
    private static List<LocalSpan> credits(LayoutItem item, String page) {
        List<LocalSpan> out = new ArrayList<>();
        if (item.dateline() != null) {
            LocalSpan d = MEDIA.inDateline(page, item.dateline(), DATELINES.wirePlace(page, item.dateline()));
            if (d != null) out.add(d);
        }
        out.addAll(MEDIA.inSourceFields(page, item.start(), Math.min(item.end(), page.length())));
        out.addAll(MEDIA.beforeDates(page, item.start(), Math.min(item.end(), page.length())));
        return out;
    }

    /** Credited outlets are organizations of the item; a mention the extractors already gave is not repeated. */
    private static void withCredits(List<Entity> orgs, List<LocalSpan> credits, SpanMapper pageSpans) {
        for (LocalSpan at : credits) {
            Mention m = pageSpans.mention(at, "org.credit");
            if (m == null) continue;
            String name = pageSpans.text(at);
            int k = 0;
            while (k < orgs.size() && !orgs.get(k).name().equals(name)) k++;
            if (k == orgs.size()) {
                orgs.add(new Entity(name, List.of(m)));
                continue;
            }
            Entity e = orgs.get(k);
            if (e.mentions().stream().anyMatch(x -> x.start() == m.start())) continue;
            List<Mention> ms = new ArrayList<>(e.mentions());
            ms.add(m);
            ms.sort(Comparator.comparingInt(Mention::start));
            orgs.set(k, new Entity(name, List.copyOf(ms)));
        }
    }

    static List<Entity> entities(List<EntityFinding> found, SpanMapper spans) {
        List<EntityFinding> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(f -> f.span().start()));
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (EntityFinding f : sorted) {
            Mention m = spans.mention(f.span(), f.rule());
            if (m == null) continue;
            byName.computeIfAbsent(spans.text(f.span()), k -> new ArrayList<>()).add(m);
        }
        List<Entity> out = new ArrayList<>();
        byName.forEach((name, ms) -> out.add(new Entity(name, List.copyOf(ms))));
        return out;
    }

    private static String joinLines(SpanMapper pageSpans, List<LocalSpan> lines) {
        StringBuilder sb = new StringBuilder();
        for (LocalSpan l : lines) sb.append(pageSpans.text(l));
        return sb.toString();
    }

    /** The item's repaired text in the original characters (headline, decks and paragraphs on lines). */
    private static String bodyText(MappedText view, SpanMapper spans) {
        StringBuilder sb = new StringBuilder(view.length());
        String src = spans.source().text();
        for (int i = 0; i < view.length(); i++) {
            int k = view.sourceIndex(i);
            sb.append(k >= 0 ? src.charAt(k) : view.text().charAt(i));
        }
        return sb.toString().strip();
    }
}
