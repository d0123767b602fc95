package io.xunlu.extract.place;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.Coverage;
import io.xunlu.extract.EntityFinding;
import io.xunlu.extract.LocalSpan;

import io.xunlu.models.ModelFile;
import io.xunlu.extract.PhraseStart;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;

/**
 * Places, and administrative units acting as organizations. A division name (HanLP's place tag, or
 * a name ending in an administrative suffix) that is the subject of a verb (攸县召开…, 樊城区、襄州区
 * 分别作典型发言) acts as an organization; elsewhere (位于某某区的…, 镜湖区2处) it is a place. Named
 * features (洛阳江, 长虹大道, 东湖公园) are places when a name stands before their head word.
 */
public final class PlaceExtractor {
    private static final String ADMIN_SUFFIXES = "省市县区镇乡旗";

    private final List<String> featureSuffixes;
    private final Gazetteer gazetteer;
    private final Regions regions;
    private final Set<String> countries;
    private final List<String> locationMarkers;
    private final Set<String> zoneWords;
    private final NonPlaceContexts contexts = new NonPlaceContexts();
    private final Set<String> genericAreas = Set.copyOf(ModelFile.lines("places/generic-areas.txt").stream().map(String::strip).toList());
    private final TokenPlaces tokenPlaces;
    private final PlaceChains chains;
    private final UnitActs actsRule;
    private final SiteLists sites;

    public PlaceExtractor() {
        featureSuffixes = ModelFile.lines("places/feature-suffixes.txt").stream().map(String::strip)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        gazetteer = Gazetteer.standard();
        regions = Regions.standard();
        zoneWords = ModelFile.rows("orgs/suffixes.tsv").stream().filter(r -> r.length > 1 && r[1].equals("zone"))
                .map(r -> r[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
        locationMarkers = ModelFile.lines("places/location-markers.txt").stream().map(String::strip).toList();
        Set<String> known = new HashSet<>(ModelFile.lines("places/countries.txt").stream().map(String::strip).toList());
        known.addAll(ModelFile.lines("places/landmarks.txt").stream().map(String::strip).toList());
        countries = Set.copyOf(known);
        tokenPlaces = new TokenPlaces(gazetteer, regions, countries);
        chains = new PlaceChains(gazetteer, countries);
        actsRule = new UnitActs(locationMarkers);
        sites = new SiteLists(featureSuffixes);
    }

    /**
     * Every place candidate of the text, overlaps settled longest-leftmost among places only; which
     * of them another field claims, and whether a unit acts as an organization, is for
     * {@link io.xunlu.resolve.ConflictPolicy} to decide. Zones found by the organization rules are
     * candidates too (a zone is a place unless it acts).
     */
    public List<PlaceCandidate> candidates(ArticleText a, TokenIndex tokens, List<EntityFinding> zones) {
        String text = a.text();
        List<EntityFinding> cands = new ArrayList<>();
        for (PlaceMatch m : gazetteer.find(a)) cands.add(new EntityFinding(extendFeature(text, tokens, m.span()), "division", "place.gazetteer"));
        for (RegionMatch m : regions.find(text)) cands.add(new EntityFinding(m.span(), "region", "place.region"));
        for (EntityFinding z : zones) cands.add(new EntityFinding(z.span(), "zone", "place.zone"));
        TokenPlaces.KnownSpans known = new TokenPlaces.KnownSpans(text.length(), cands.stream().map(EntityFinding::span).toList());
        for (Token t : a.tokens()) {
            boolean ns = t.tag().startsWith("ns") && t.word().length() >= 2;
            boolean named = ns || ((t.tag().startsWith("nz") || t.tag().startsWith("nt")) && t.word().length() >= 2);
            if (!named) continue;
            LocalSpan span = tokenPlaces.cleaned(text, tokens, t);
            if (span == null) continue;
            LocalSpan feature = extendFeature(text, tokens, span);
            if (feature != span) cands.add(new EntityFinding(feature, "feature", "place.feature"));
            else if (ns && tokenPlaces.confirmed(text, span, known)) cands.add(new EntityFinding(span, "division", "place.hanlp_ns"));
        }
        Coverage placed = new Coverage();
        for (EntityFinding c : cands) placed.add(c.span());
        cands.addAll(chains.villages(text, tokens, placed));
        cands.addAll(sites.find(text, tokens, placed));
        List<PlaceCandidate> out = new ArrayList<>();
        int headlineEnd = headlineEnd(text);
        List<EntityFinding> resolved = chains.join(text, longestLeftmost(cands));
        Map<Integer, EntityFinding> byStart = new HashMap<>();
        for (EntityFinding c : resolved) byStart.put(c.span().start(), c);
        for (EntityFinding c : resolved) {
            String name = c.span().of(text);
            if (featureSuffixes.contains(name) || isGenericArea(name) || insideBookTitle(text, c.span()) || contexts.excludes(text, c.span())
                    || startsWithFigure(name) && !gazetteer.isDivisionName(name) // 四会市, 五华区 open with a numeral and are names
                    || "从在向对由与和".indexOf(name.charAt(0)) >= 0 && name.length() <= 2) continue;
            boolean admin = c.kind().equals("division") && isAdminName(name);
            boolean unit = c.kind().equals("zone") || c.kind().equals("village") || admin;
            // the unit a headline opens with acts, as does a short form (某地) there when a verb says what it does
            boolean headline = unit ? actsRule.opensHeadline(text, tokens, c.span(), headlineEnd)
                    : c.kind().equals("division") && isUnitForm(name) && actsRule.actsInHeadline(text, tokens, c.span(), headlineEnd);
            boolean acts = headline || unit && actsRule.acts(text, tokens, c.span(), byStart);
            List<Division> divisions = admin || acts ? gazetteer.all(name) : List.of();
            List<String> codes = divisions.stream().map(Division::code).toList();
            out.add(new PlaceCandidate(c, name, acts, acts ? codes : List.of(),
                    admin && divisions.size() == 1 ? codes.get(0) : null));
        }
        return out;
    }

    /** A free short form whose best reading is a county, a city or a province (not a township stem). */
    private boolean isUnitForm(String name) {
        if (!gazetteer.isDivisionName(name)) return false;
        List<Division> ds = gazetteer.all(name);
        return !ds.isEmpty() && ds.get(0).level() != Level.TOWNSHIP;
    }

    /** Where the first line ends when it is headline-sized (the view text opens with the headline). */
    private static int headlineEnd(String text) {
        int nl = text.indexOf('\n');
        return nl > 0 && nl <= 40 ? nl : 0;
    }

    /** Names inside 《…》 belong to the document's title. */
    private static boolean insideBookTitle(String text, LocalSpan s) {
        int open = -1;
        for (int k = s.start() - 1; k >= Math.max(0, s.start() - 60); k--) {
            char c = text.charAt(k);
            if (c == '》') return false;
            if (c == '《') {
                open = k;
                break;
            }
        }
        if (open < 0) return false;
        for (int k = s.end(); k < Math.min(text.length(), s.end() + 60); k++) {
            if (text.charAt(k) == '》') return true;
            if (text.charAt(k) == '《') return false;
        }
        return false;
    }

    /** 3个县, 8个县: a number of units, not a named one. */
    private static boolean startsWithFigure(String name) {
        char c = name.charAt(0);
        if (Character.isDigit(c)) return true;
        int numerals = 0;
        while (numerals < name.length() && "一二三四五六七八九十两几多各百千万亿零〇".indexOf(name.charAt(numerals)) >= 0) numerals++;
        // 三千四百口: a number and its measure word
        return "一二三四五六七八九十两几多各".indexOf(c) >= 0 && name.length() <= 3 || numerals >= 3 && numerals == name.length() - 1;
    }

    /** 洛阳 + 江, 长虹 + 大道: a name followed by a feature head is the feature's name. */
    private LocalSpan extendFeature(String text, TokenIndex tokens, LocalSpan span) {
        for (String f : featureSuffixes) {
            if (text.startsWith(f, span.end())) {
                int e = span.end() + f.length();
                if (f.equals("地区") && text.startsWith("生产总值", e)) continue; // 某省地区生产总值 is the province's GDP
                if (e >= text.length() || tokens.endsAt(e) || PhraseStart.isBoundary(text.charAt(e))) return new LocalSpan(span.start(), e);
            }
        }
        return span;
    }

    /** Overlapping candidates: the longest wins, then the leftmost. */
    private static List<EntityFinding> longestLeftmost(List<EntityFinding> cands) {
        List<EntityFinding> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.comparingInt((EntityFinding f) -> -f.span().length()).thenComparingInt(f -> f.span().start()));
        List<EntityFinding> kept = new ArrayList<>();
        Coverage used = new Coverage();
        for (EntityFinding f : sorted) {
            if (!used.overlaps(f.span())) {
                kept.add(f);
                used.add(f.span());
            }
        }
        kept.sort(Comparator.comparingInt(f -> f.span().start()));
        return kept;
    }

    /** 开发区, 市区, 县城, 新城, 八大经济区: kinds of area (models/places/generic-areas.txt), not names of one. */
    private boolean isGenericArea(String name) {
        if (zoneWords.contains(name) || genericAreas.contains(name)) return true;
        if (name.startsWith("国家级") || name.startsWith("省级") || name.startsWith("市级") || name.startsWith("县级") || name.startsWith("区外")) return true;
        if (name.length() >= 2 && name.charAt(1) == '大' && "一二三四五六七八九十两".indexOf(name.charAt(0)) >= 0) return true;
        return name.length() <= 3 && (name.endsWith("开发区") || name.endsWith("新区"));
    }

    private boolean isAdminName(String name) {
        return name.length() >= 2 && ADMIN_SUFFIXES.indexOf(name.charAt(name.length() - 1)) >= 0
                || isPrefecture(name)
                || name.endsWith("新区") || name.endsWith("街道") || name.endsWith("开发区") || name.endsWith("高新区");
    }

    /** 恩施土家族苗族自治州 and its short form 恩施州: a prefecture-level unit (广州, 杭州 are only names). */
    private boolean isPrefecture(String name) {
        if (name.endsWith("自治州")) return true;
        return name.length() >= 3 && name.endsWith("州") && gazetteer.all(name).stream().anyMatch(d -> d.name().endsWith("自治州"));
    }



}
