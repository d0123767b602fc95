package io.xunlu.resolve;

import io.xunlu.extract.Coverage;
import io.xunlu.extract.EntityFinding;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.official.Title;
import io.xunlu.extract.person.PersonFinding;
import io.xunlu.extract.place.PlaceCandidate;
import io.xunlu.extract.project.ProjectFinding;
import io.xunlu.link.LinkedOfficial;
import io.xunlu.link.RuledSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place that decides between fields claiming the same text. Every entity extractor
 * proposes on its own; this stage alone says which field a span ends up in. The policy, in order
 * of precedence (examples in {@code src/test/resources/io/xunlu/resolve/examples.tsv}):
 *
 * <ol>
 *   <li><b>Officials first.</b> A title or an official's name belongs to the official. A project
 *       phrase that runs over one is a sentence, not a name (市委书记某某调研某某项目 gives no project
 *       「某某调研某某项目」); a person the person rules found under an official's name is that official.</li>
 *   <li><b>Projects over organizations.</b> An organization inside a project's name is part of the
 *       name (某某污水处理厂提标改造工程 lists no 某某污水处理厂), unless the same string is also named as a
 *       project. The exception: a zone opening the headline inside the headline's project is the unit
 *       the item is about, and acts (某某新区智能装备产业园二期开工 lists 某某新区 as an organization).</li>
 *   <li><b>Everything over places.</b> A place candidate overlapping a title, an official's mention,
 *       an organization or a project is part of it (市应急管理局, 某某路改造工程 give no place). The
 *       exception: a venue where something is held, or a site visited, named whole (在县会议中心开幕),
 *       is a place even where its name ends like an institution's.</li>
 *   <li><b>Place or organization.</b> An administrative unit, zone or village is an organization where
 *       it acts, under every name it goes by in the item, and a place everywhere else (位于某某区). It
 *       acts as the subject of a verb (also past a list of bodies, or a preposition: 某县把…作为), as a
 *       member of a list of bodies the organization rules read (某局、某中心、某镇工作人员组成…), when
 *       its people are named (某镇主要负责人), and when a headline opens with it, unless the headline
 *       names an edition of its event (某县第二届文化节), one of its meetings (…动员大会举行) or another
 *       place follows; a short form without its level word (某地) acts in a headline only where a verb
 *       follows it or a colon and its projects' verb do. The signals are computed by
 *       {@code place.UnitActs}. Zones are places unless they act.</li>
 * </ol>
 * Within one field, overlaps are the extractor's business (longest-leftmost for places).
 */
public final class ConflictPolicy {
    /** What the extractors proposed for one item. */
    public record Claims(List<Title> titles, List<LinkedOfficial> officials, List<EntityFinding> organizations,
                         List<ProjectFinding> projects, List<PlaceCandidate> places, List<PersonFinding> people) {}

    /** Which field each surviving span went to. */
    public record Decision(List<EntityFinding> organizations, List<EntityFinding> places,
                           List<ProjectFinding> projects, List<PersonFinding> people) {}

    public static final String ACTING_DIVISION = "org.acting_division";

    public Decision decide(String text, Claims claims) {
        // 1. officials first
        Coverage officialSpans = new Coverage();
        for (Title t : claims.titles()) officialSpans.add(t.span());
        for (LinkedOfficial o : claims.officials()) for (RuledSpan m : o.mentions()) officialSpans.add(m.span());
        List<ProjectFinding> projects = new ArrayList<>(claims.projects());
        projects.removeIf(p -> p.mentions().stream().anyMatch(officialSpans::overlaps));
        Set<String> officialNames = new HashSet<>();
        for (LinkedOfficial o : claims.officials()) officialNames.add(o.name());
        List<PersonFinding> people = claims.people().stream().filter(p -> !officialNames.contains(p.name().of(text))).toList();

        // 2. projects over organizations, but for the unit a headline's project opens with
        Coverage projectNames = new Coverage();
        Set<String> projectNameSet = new HashSet<>();
        for (ProjectFinding p : projects) {
            projectNameSet.add(p.name());
            for (LocalSpan m : p.mentions()) projectNames.add(m);
        }
        Set<String> headlineOwners = new HashSet<>();
        for (EntityFinding o : claims.organizations()) {
            if (isZone(o) && o.span().start() == 0 && projectNames.covers(o.span())) headlineOwners.add(o.span().of(text));
        }
        List<EntityFinding> organizations = new ArrayList<>(claims.organizations());
        organizations.removeIf(o -> isZone(o) || projectNames.covers(o.span()) && !projectNameSet.contains(o.span().of(text)));

        // 3. everything over places, but for a venue or a visited site named whole: a place where
        //    something is held keeps its name even where it ends like an institution (某县会议中心)
        Coverage sites = new Coverage();
        for (PlaceCandidate c : claims.places()) if (c.finding().kind().equals("site")) sites.add(c.finding().span());
        organizations.removeIf(o -> o.kind().equals("institution") && sites.covers(o.span()));
        Coverage taken = new Coverage();
        for (Title t : claims.titles()) taken.add(t.span());
        for (EntityFinding o : organizations) taken.add(o.span());
        for (ProjectFinding p : projects) for (LocalSpan m : p.mentions()) taken.add(m);
        for (LinkedOfficial o : claims.officials()) for (RuledSpan m : o.mentions()) taken.add(m.span());
        List<PlaceCandidate> kept = claims.places().stream().filter(c -> !taken.overlaps(c.finding().span())).toList();

        // 4. place or organization: a unit acts under every name it goes by
        Set<String> actors = new HashSet<>();
        Set<String> actingCodes = new HashSet<>();
        for (PlaceCandidate c : kept) {
            if (!c.acts()) continue;
            actors.add(c.name());
            actingCodes.addAll(c.actingCodes());
        }
        for (PlaceCandidate c : kept) if (c.soleCode() != null && actingCodes.contains(c.soleCode())) actors.add(c.name());
        List<EntityFinding> places = new ArrayList<>();
        List<EntityFinding> owners = new ArrayList<>();
        for (PlaceCandidate c : kept) {
            LocalSpan span = c.finding().span();
            if (actors.contains(c.name())) organizations.add(new EntityFinding(span, "division", ACTING_DIVISION));
            else if (headlineOwners.contains(c.name())) owners.add(new EntityFinding(span, "zone", ACTING_DIVISION));
            else places.add(c.finding());
        }
        organizations.addAll(owners);
        return new Decision(organizations, places, projects, people);
    }

    private static boolean isZone(EntityFinding o) { return o.kind().equals("zone"); }
}
