package io.xunlu.extract.place;

import io.xunlu.extract.ArticleText;
import io.xunlu.extract.LocalSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.zip.GZIPInputStream;

/**
 * China's administrative divisions (province, city, county, township) with their short forms.
 * The data is models/places/divisions.tsv; what is loaded is its compact twin divisions.idx.gz,
 * written by the same generator (scripts/gazetteer/build.js): every form sorted in UTF-16 order
 * with its ranked candidate divisions, and the divisions as flat arrays. Loading is a handful of
 * bulk copies (no per-line parsing, no per-form objects); {@link Division} records are made on
 * first use. Immutable and safe for any number of threads.
 *
 * <p>Two ways to look in text:
 * <ul>
 *   <li>{@link #find} — free text: leftmost-longest matches of full names and short forms of at
 *       least two characters; ordinary words from models/places/common-words.txt (合作, 资源,
 *       市中心) take part in the longest match and are then dropped, so they neither match nor
 *       let a shorter place inside them through;</li>
 *   <li>{@link #prefixAt} and {@link #prefixesAt} — for the title grammar: names and forms
 *       starting at one position, one-character and township forms included (房县委 → 房).</li>
 * </ul>
 */
public final class Gazetteer {
    private static final String INDEX = "/models/places/divisions.idx.gz";
    private static final String SUFFIXES = "/models/places/suffixes.tsv";
    private static final int MAGIC = 0x5A474C58;
    private static final int VERSION = 1;
    private static final Level[] LEVELS = Level.values();

    // Divisions, sorted by level then code. Strings per division i live in divChars at
    // divStrStart[4i .. 4i+4]: name, suffix, short forms and title forms (comma-joined).
    private final int[] codes;
    private final byte[] levels;
    private final int[] parents;
    private final int[] divStrStart;
    private final char[] divChars;
    private final int[] levelStart = new int[LEVELS.length + 1];

    // Forms, sorted in UTF-16 order: form f is formChars[formStart[f] .. formStart[f+1]). Its
    // candidates are cand[candStart[f] .. candStart[f+1]) best first; those before candFreeEnd[f]
    // may be used in free text. ordinary[f] != 0 marks an ordinary word (common-words.txt).
    private final int[] formStart;
    private final char[] formChars;
    private final int[] candStart;
    private final int[] candFreeEnd;
    private final byte[] ordinary;
    private final int[] cand;
    private final int[] firstCharStart = new int[Character.MAX_VALUE + 2]; // first form at or after a first char
    // Most positions of an article start no form: a one-character form or a form's first two
    // characters (hashed into a bit table) must be there before the binary searches run.
    private static final int PAIR_BITS = 1 << 22;
    private final BitSet oneCharForms = new BitSet(Character.MAX_VALUE + 1);
    private final BitSet formPairs = new BitSet(PAIR_BITS);

    private final Map<String, String> titleWordBySuffix; // "level/suffix" → 县, 区, 州 …
    private final Division[] cache; // Division records made on first use (racy but benign: records are immutable)
    private final List<Division> divisionList = new DivisionList();

    private Gazetteer(ByteBuffer in, Map<String, String> titleWordBySuffix) {
        if (in.getInt() != MAGIC || in.getInt() != VERSION) throw new IllegalStateException(INDEX + ": not a version " + VERSION + " gazetteer index");
        int nDivisions = in.getInt();
        int nForms = in.getInt();
        int nCandidates = in.getInt();
        int nDivChars = in.getInt();
        int nFormChars = in.getInt();
        codes = ints(in, nDivisions);
        levels = bytes(in, nDivisions);
        parents = ints(in, nDivisions);
        divStrStart = ints(in, 4 * nDivisions + 1);
        divChars = chars(in, nDivChars);
        formStart = ints(in, nForms + 1);
        formChars = chars(in, nFormChars);
        candStart = ints(in, nForms + 1);
        candFreeEnd = ints(in, nForms);
        ordinary = bytes(in, nForms);
        cand = ints(in, nCandidates);
        if (in.hasRemaining()) throw new IllegalStateException(INDEX + ": " + in.remaining() + " bytes left over");

        for (int i = 0, level = 0; level <= LEVELS.length; level++) {
            while (i < nDivisions && levels[i] < level) i++;
            levelStart[level] = level == LEVELS.length ? nDivisions : i;
        }
        for (int c = 0, f = 0; c < firstCharStart.length; c++) {
            while (f < nForms && formChars[formStart[f]] < c) f++;
            firstCharStart[c] = f;
        }
        for (int f = 0; f < nForms; f++) {
            int len = formStart[f + 1] - formStart[f];
            if (len == 1) oneCharForms.set(formChars[formStart[f]]);
            else if (len > 1) formPairs.set(pair(formChars[formStart[f]], formChars[formStart[f] + 1]));
        }
        this.titleWordBySuffix = titleWordBySuffix;
        this.cache = new Division[nDivisions];
    }

    /** The gazetteer of the packaged data, loaded on first use. */
    public static Gazetteer standard() { return Standard.INSTANCE; }

    private static final class Standard {
        static final Gazetteer INSTANCE = load();
    }

    /** Loads the packaged data (models/places/ on the classpath); each call builds a new instance. */
    static Gazetteer load() {
        byte[] raw;
        try (InputStream in = resource(INDEX); GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
            raw = gz.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
        int body = 0;
        while (body < raw.length && raw[body] != '\n') body++; // skip the '#' header line
        if (raw.length == 0 || raw[0] != '#') throw new IllegalStateException(INDEX + " lacks its header line");
        ByteBuffer buffer = ByteBuffer.wrap(raw, body + 1, raw.length - body - 1).slice().order(ByteOrder.LITTLE_ENDIAN);
        return new Gazetteer(buffer, readTitleWords());
    }

    // ---- lookups -------------------------------------------------------------------------

    /** The preferred division for a full name or any form of it (南通市, 南通, 鄂城, 房), if any. */
    public Optional<Division> byName(String name) {
        int f = formIndex(name);
        return f < 0 || candStart[f] == candStart[f + 1] ? Optional.empty() : Optional.of(division(cand[candStart[f]]));
    }

    /**
     * Every division that a full name or form may denote, best first (full-name readings, then
     * free short forms, then title-only forms; within each by level, then code): 朝阳区 gives the
     * districts of Beijing and Changchun.
     */
    public List<Division> all(String name) {
        int f = formIndex(name);
        return f < 0 ? List.of() : candidates(candStart[f], candStart[f + 1]);
    }

    /**
     * True for a full division name or a short form usable in free text (南通市, 南通, 鄂城, 合作);
     * false for title-only forms (房, township stems) and for other strings.
     */
    public boolean isDivisionName(String name) {
        int f = formIndex(name);
        return f >= 0 && candFreeEnd[f] > candStart[f];
    }

    /** The division with this GB/T 2260 code (2, 4, 6 or 9 digits). */
    public Optional<Division> byCode(String code) {
        if (code == null) return Optional.empty();
        Level level = switch (code.length()) {
            case 2 -> Level.PROVINCE;
            case 4 -> Level.CITY;
            case 6 -> Level.COUNTY;
            case 9 -> Level.TOWNSHIP;
            default -> null;
        };
        if (level == null) return Optional.empty();
        int value = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') return Optional.empty();
            value = value * 10 + (c - '0');
        }
        int lo = levelStart[level.ordinal()];
        int hi = levelStart[level.ordinal() + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (codes[mid] < value) lo = mid + 1;
            else if (codes[mid] > value) hi = mid - 1;
            else return Optional.of(division(mid));
        }
        return Optional.empty();
    }

    /** The division above d, if any. */
    public Optional<Division> parent(Division d) { return byCode(d.parentCode()); }

    /** All divisions (provinces, cities, counties, townships; by code within a level). */
    public List<Division> divisions() { return divisionList; }

    /**
     * The level word titles put between a division's short form and 委/政府/人大: 县 (房县县委),
     * 区 (鄂城区委), 州 (恩施州委), 市, 省, 旗, 盟, 地 (地委), 镇, 乡, 街道, 自治区. "" when unknown.
     */
    public String levelSuffix(Division d) {
        return titleWordBySuffix.getOrDefault(titleWordKey(d.level().label(), d.suffix()), "");
    }

    // ---- scanning ------------------------------------------------------------------------

    /**
     * Division names and short forms in free text, leftmost-longest, not overlapping; candidates
     * are the divisions the form may name in free text. Linear in the text length (each position
     * walks at most as far as the longest form).
     */
    public List<PlaceMatch> find(CharSequence text) {
        List<PlaceMatch> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!mayStartForm(text, i, n)) {
                i++;
                continue;
            }
            int best = -1;
            int bestEnd = -1;
            long range = ALL_FORMS;
            for (int j = i; j < n; j++) {
                range = narrow(range, j - i, text.charAt(j));
                int lo = lo(range);
                if (lo >= hi(range)) break;
                if (formLength(lo) == j - i + 1 && (ordinary[lo] != 0 || candFreeEnd[lo] > candStart[lo])) {
                    best = lo;
                    bestEnd = j + 1;
                }
            }
            if (best < 0) {
                i++;
                continue;
            }
            if (ordinary[best] == 0) {
                out.add(new PlaceMatch(new LocalSpan(i, bestEnd), text.subSequence(i, bestEnd).toString(),
                        candidates(candStart[best], candFreeEnd[best])));
            }
            i = bestEnd;
        }
        return out;
    }

    /**
     * {@link #find} over an article, checked against its tokens where it has them (see
     * {@link TokenAlignment}): 李永安 yields no 永安, 示范县 no 范县.
     */
    public List<PlaceMatch> find(ArticleText article) {
        return TokenAlignment.keep(find(article.text()), article.tokens(), article.text().length());
    }

    /**
     * The longest division name or form starting exactly at pos, title-only forms included and
     * ordinary-word status ignored: the title grammar reads 房县县委书记 as 房县 + 县委书记 and
     * 鄂城区委副书记 as 鄂城区 + 委副书记. The match's span tells where the title word begins.
     */
    public Optional<PlaceMatch> prefixAt(CharSequence text, int pos) {
        List<PlaceMatch> all = prefixesAt(text, pos);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * Every division name or form starting at pos, shortest first (房 then 房县 in 房县委): for a
     * grammar that must choose between 房 + 县委 and 房县 + 委. Title-only forms included.
     */
    public List<PlaceMatch> prefixesAt(CharSequence text, int pos) {
        if (pos < 0 || pos > text.length()) throw new IndexOutOfBoundsException(pos);
        List<PlaceMatch> out = new ArrayList<>(2);
        long range = ALL_FORMS;
        for (int j = pos; j < text.length(); j++) {
            range = narrow(range, j - pos, text.charAt(j));
            int lo = lo(range);
            if (lo >= hi(range)) break;
            if (formLength(lo) == j - pos + 1 && candStart[lo + 1] > candStart[lo]) {
                out.add(new PlaceMatch(new LocalSpan(pos, j + 1), text.subSequence(pos, j + 1).toString(),
                        candidates(candStart[lo], candStart[lo + 1])));
            }
        }
        return out;
    }

    /** Size figures for logs and tests. */
    public String describe() {
        long bytes = 4L * (codes.length + parents.length + divStrStart.length + formStart.length
                + candStart.length + candFreeEnd.length + cand.length + firstCharStart.length)
                + levels.length + ordinary.length + 2L * (divChars.length + formChars.length);
        return codes.length + " divisions, " + candFreeEnd.length + " forms, " + cand.length + " candidates, "
                + bytes / 1024 + " KiB of arrays";
    }

    // ---- the sorted form table -------------------------------------------------------------

    private static int pair(char a, char b) { return ((a * 0x9E3779B1) ^ b) & (PAIR_BITS - 1); }

    /** False only when no form starts at i (the bit tables have false positives, never false negatives). */
    private boolean mayStartForm(CharSequence text, int i, int n) {
        char c = text.charAt(i);
        return oneCharForms.get(c) || i + 1 < n && formPairs.get(pair(c, text.charAt(i + 1)));
    }

    // A range of forms [lo, hi) is packed in one long so that the walk allocates nothing.
    private static final long ALL_FORMS = -1L;

    private static long range(int lo, int hi) { return (long) lo << 32 | (hi & 0xFFFFFFFFL); }

    private static int lo(long range) { return (int) (range >>> 32); }

    private static int hi(long range) { return (int) range; }

    private int formLength(int f) { return formStart[f + 1] - formStart[f]; }

    /**
     * From the forms that share the depth characters read so far, those whose next character is
     * c. Shorter forms sort first, so the one form equal to the prefix (if any) sits at lo and is
     * stepped over; the rest are cut by two binary searches on the character at depth.
     */
    private long narrow(long current, int depth, char c) {
        if (depth == 0) return range(firstCharStart[c], firstCharStart[c + 1]);
        int lo = lo(current);
        int hi = hi(current);
        if (formLength(lo) == depth) lo++;
        int from = lowerBound(lo, hi, depth, c);
        int to = c == Character.MAX_VALUE ? hi : lowerBound(from, hi, depth, (char) (c + 1));
        return range(from, to);
    }

    /** In [lo, hi), the first form whose char at depth is at least c. */
    private int lowerBound(int lo, int hi, int depth, char c) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (formChars[formStart[mid] + depth] < c) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The index of exactly this form, or -1. */
    private int formIndex(CharSequence s) {
        if (s == null || s.isEmpty()) return -1;
        long range = ALL_FORMS;
        for (int d = 0; d < s.length(); d++) {
            range = narrow(range, d, s.charAt(d));
            if (lo(range) >= hi(range)) return -1;
        }
        return formLength(lo(range)) == s.length() ? lo(range) : -1;
    }

    // ---- divisions -----------------------------------------------------------------------

    private List<Division> candidates(int from, int to) {
        Division[] out = new Division[to - from];
        for (int k = from; k < to; k++) out[k - from] = division(cand[k]);
        return List.of(out);
    }

    private Division division(int i) {
        Division d = cache[i];
        if (d == null) {
            int s = 4 * i;
            String parent = parents[i] < 0 ? "" : Integer.toString(codes[parents[i]]);
            d = new Division(Integer.toString(codes[i]), divString(s), LEVELS[levels[i]], parent,
                    divString(s + 1), commaList(divString(s + 2)), commaList(divString(s + 3)));
            cache[i] = d;
        }
        return d;
    }

    private String divString(int k) { return new String(divChars, divStrStart[k], divStrStart[k + 1] - divStrStart[k]); }

    /** A read-only view of all divisions that makes each record only when asked for. */
    private final class DivisionList extends AbstractList<Division> implements RandomAccess {
        @Override public Division get(int index) {
            if (index < 0 || index >= codes.length) throw new IndexOutOfBoundsException(index);
            return division(index);
        }

        @Override public int size() { return codes.length; }
    }

    // ---- loading -------------------------------------------------------------------------
    // No lambdas, regex splits or string concatenation with + on this path: each bootstraps JDK
    // machinery on first use, tens of milliseconds at start-up.

    private static int[] ints(ByteBuffer in, int n) {
        int[] out = new int[n];
        in.asIntBuffer().get(out);
        in.position(in.position() + 4 * n);
        return out;
    }

    private static char[] chars(ByteBuffer in, int n) {
        char[] out = new char[n];
        in.asCharBuffer().get(out);
        in.position(in.position() + 2 * n);
        return out;
    }

    private static byte[] bytes(ByteBuffer in, int n) {
        byte[] out = new byte[n];
        in.get(out);
        return out;
    }

    private static Map<String, String> readTitleWords() {
        String data;
        try (InputStream in = resource(SUFFIXES)) {
            data = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SUFFIXES, e);
        }
        Map<String, String> out = new HashMap<>();
        for (String line : data.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.strip().split("\t");
            if (f.length < 6) throw new IllegalStateException(SUFFIXES + ": need 6 columns: " + line);
            for (String level : f[1].split(",")) out.put(titleWordKey(level, f[0]), f[5]);
        }
        return Map.copyOf(out);
    }

    private static String titleWordKey(String level, String suffix) { return level.concat("/").concat(suffix); }

    private static InputStream resource(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing resource " + name + " (is models/ on the classpath?)");
        return in;
    }

    private static List<String> commaList(String field) {
        if (field.isEmpty()) return List.of();
        if (field.indexOf(',') < 0) return List.of(field);
        return List.of(field.split(","));
    }
}
