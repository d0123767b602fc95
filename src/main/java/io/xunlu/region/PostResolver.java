package io.xunlu.region;

import io.xunlu.extract.place.Division;
import io.xunlu.extract.place.Gazetteer;
import io.xunlu.extract.place.Level;
import io.xunlu.extract.place.PlaceMatch;
import io.xunlu.extract.official.TitleGrammar;
import io.xunlu.json.Post;
import io.xunlu.json.PostDivision;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An official's title resolved to the division it is held in. A title is [place][level][body] +
 * post (南通市委 + 书记, 县人大常委会 + 主任, 副县长): a title that names its place resolves to it
 * (泰州市委书记, 房县委书记), a short name several divisions share decided by the article's region
 * (鼓楼区委书记 on a Fuzhou page); a title without a place takes the article's region at the title's
 * level (县委书记 on a county's page, 市长 on a county's page is its prefecture's). National bodies
 * (国务院, 全国人大) give level national; a firm's post (某某集团董事长) no division.
 */
public final class PostResolver {
    private record LevelWord(String word, Level level) {}

    private final Gazetteer gazetteer;
    private final TitleGrammar grammar;
    private final List<LevelWord> levelWords;
    private final List<String> national;
    private final List<String> nonState;
    private final List<String> nationalPosts;

    public PostResolver(Gazetteer gazetteer, TitleGrammar grammar) {
        this.gazetteer = gazetteer;
        this.grammar = grammar;
        List<LevelWord> lw = new ArrayList<>();
        for (String[] r : ModelFile.rows("region/title-levels.tsv", 2)) lw.add(new LevelWord(r[0].strip(), level(r[1].strip())));
        lw.sort(Comparator.comparingInt((LevelWord w) -> w.word().length()).reversed());
        levelWords = List.copyOf(lw);
        national = ModelFile.lines("region/national-bodies.txt").stream().map(String::strip).toList();
        nonState = ModelFile.lines("region/non-state-bodies.txt").stream().map(String::strip).toList();
        nationalPosts = ModelFile.lines("region/national-posts.txt").stream().map(String::strip).toList();
    }

    /**
     * @param written the title as the output writes it
     * @param folded  the same title in the folded text extractors match on (Simplified, no glosses)
     * @param region  the article's region, or null
     * @param before  the title the same official holds just before this one in the article, or null:
     *                a title that names neither place nor level (市委常委、宣传部部长) is held where it is
     */
    public Post resolve(String written, String folded, Division region, Post before) {
        int at = postStart(folded);
        String post = at < 0 ? null : folded.substring(at);
        String prefix = at < 0 ? folded : folded.substring(0, at);
        String body = prefix.isEmpty() ? null : prefix;
        for (String n : national) {
            if (prefix.startsWith(n)) return new Post(written, written, new PostDivision(null, null, "national"), body, post);
        }
        if (prefix.isEmpty() && nationalPosts.contains(post)) return new Post(written, written, new PostDivision(null, null, "national"), null, post);
        for (String n : nonState) if (prefix.contains(n)) return new Post(written, written, null, body, post);
        Optional<PlaceMatch> own = prefix.isEmpty() ? Optional.empty() : gazetteer.prefixAt(prefix, 0);
        if (own.isPresent() && ownPlace(own.get(), prefix)) {
            PlaceMatch m = own.get();
            Division d = choose(m.candidates(), region);
            String rest = prefix.substring(m.span().end());
            if (d != null && m.form().equals(d.name()) && !d.suffix().isEmpty()) rest = d.suffix() + rest;
            return new Post(written, written, division(d), rest.isEmpty() ? null : rest, post);
        }
        Level level = levelOf(prefix, post);
        Division held = before == null || before.division() == null || before.division().code() == null ? null
                : DivisionCodes.byCode(gazetteer, before.division().code()).orElse(null);
        if (held != null && level == null) return new Post(written, written, before.division(), body, post);
        // 某市委副书记、市长: a title after one naming its place is held there when its level fits
        Division d = held != null && speaksAs(held, level, folded) ? held
                : region == null || level == null ? null : atLevel(region, level, folded);
        return new Post(written, d == null ? written : full(d, written, folded), division(d), body, post);
    }

    /**
     * A place opening the title is its own only where a name or free form (泰州, 鼓楼区) or, for a
     * title-only form (房 of 房县), a level word follows (房县委): 房管局 names no county.
     */
    private boolean ownPlace(PlaceMatch m, String prefix) {
        if (gazetteer.isDivisionName(m.form())) return true;
        String rest = prefix.substring(m.span().end());
        for (LevelWord w : levelWords) if (rest.startsWith(w.word())) return true;
        return false;
    }

    /** Where the post begins: the first position whose post runs to the title's end; -1 when none does. */
    private int postStart(String title) {
        for (int i = 0; i < title.length(); i++) {
            TitleGrammar.PostMatch p = grammar.postAt(title, i);
            if (p != null && p.end() == title.length()) return i;
        }
        return -1;
    }

    /** The level a title without a place names: its body's level word (市委, 县人大), or its level-head post's (市长, 副县长). */
    private Level levelOf(String prefix, String post) {
        for (LevelWord w : levelWords) if (prefix.startsWith(w.word())) return w.level();
        if (!prefix.isEmpty() || post == null) return null;
        for (int k = 0; k + 1 < post.length(); k++) {
            if (post.charAt(k + 1) != '长') continue;
            for (LevelWord w : levelWords) if (w.word().length() == 1 && w.word().charAt(0) == post.charAt(k)) return w.level();
        }
        return null;
    }

    /** The region's division at a title's level; a county-level city (县级市) is the 市 of its own copy. */
    private Division atLevel(Division region, Level level, String title) {
        for (Division x = region; x != null; x = gazetteer.parent(x).orElse(null)) if (speaksAs(x, level, title)) return x;
        return null;
    }

    /**
     * A division a title of this level may be held in: its own level, or a 市 that is not at the city
     * level: a county-level city (县级市) in its own copy, a municipality (北京市, 重庆市) above its districts.
     */
    private static boolean speaksAs(Division d, Level level, String title) {
        if (d.level() == level) return true;
        return level == Level.CITY && d.level() != Level.TOWNSHIP && d.name().endsWith("市") && title.startsWith("市")
                || level == Level.CITY && d.level() == Level.PROVINCE && d.name().endsWith("市") && title.contains("市");
    }

    /** One candidate, or the one inside the article's region or holding it; else none. */
    private Division choose(List<Division> candidates, Division region) {
        if (candidates.size() == 1) return candidates.get(0);
        if (region == null) return null;
        Division found = null;
        for (Division c : candidates) {
            if (!related(c, region)) continue;
            if (found != null) return null;
            found = c;
        }
        return found;
    }

    private boolean related(Division a, Division b) {
        for (Division x = a; x != null; x = gazetteer.parent(x).orElse(null)) if (x.code().equals(b.code())) return true;
        for (Division x = b; x != null; x = gazetteer.parent(x).orElse(null)) if (x.code().equals(a.code())) return true;
        return false;
    }

    /** 市委书记 in 南通市 → 南通市委书记; 常务副市长 → 南通市常务副市长. */
    private static String full(Division d, String written, String folded) {
        String suffix = d.suffix();
        if (!suffix.isEmpty() && folded.startsWith(suffix) && written.length() == folded.length())
            return d.name() + written.substring(suffix.length());
        return d.name() + written;
    }

    private static PostDivision division(Division d) {
        return d == null ? null : new PostDivision(DivisionCodes.gbCode(d), d.name(), DivisionCodes.levelLabel(d.level()));
    }

    private static Level level(String label) {
        return switch (label) {
            case "province" -> Level.PROVINCE;
            case "city" -> Level.CITY;
            case "county" -> Level.COUNTY;
            case "township" -> Level.TOWNSHIP;
            default -> throw new IllegalStateException("region/title-levels.tsv: unknown level " + label);
        };
    }
}
