package io.xunlu.extract.date;

import io.xunlu.models.ModelFile;
import io.xunlu.text.CharSubstitution;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The date vocabulary under models/dates/, loaded once; immutable and safe to share between threads. */
final class DateLexicon {
    enum Unit { DAY, WEEK, MONTH, QUARTER, YEAR }

    /**
     * offset null: relative to a date named earlier in the text (同日, 当年), left unresolved.
     * dayPart: the part of the day the word includes (今晚 → 晚), or null.
     */
    record RelativeWord(Unit unit, Integer offset, String blockedBefore, String dayPart) {}

    /** Month/day bounds; day 0 means the last day of that month. */
    record YearPart(int firstMonth, int firstDay, int lastMonth, int lastDay, boolean joinsYear, boolean alone, boolean follows) {}

    /** Day bounds inside a month; 0 means the last day. */
    record MonthPart(int firstDay, int lastDay) {}

    record Season(int firstMonth, int lastMonth) {}

    record VagueWord(String kind, String blockedBefore) {}

    /** A holiday; month 0 when its date moves with the lunar or solar-term calendar; needsContext: only quoted or before a period word. */
    record Holiday(int month, int day, boolean needsContext) {}

    enum AffixKind { PREFIX, FROM, NEAR, SINCE, BEFORE, AROUND }

    private static final String DIR = "dates/";

    final CharSubstitution variants;
    final Map<Character, Integer> numerals;
    final Vocabulary<RelativeWord> relativeWords;
    final Vocabulary<YearPart> yearParts;
    final Vocabulary<MonthPart> monthParts;
    final Map<Character, Season> seasons;
    final Map<Character, Integer> seasonPrefixes;
    /** Words after a bare season that keep it a date (冬季来临); before other words it modifies an activity (冬季行动). */
    final Vocabulary<Boolean> seasonFollowers;
    /** 今明两年, 明后天: the offset of the first of the two, and characters that must not precede. */
    record RelativePair(int offset, String blockedBefore) {}

    /** pair + unit (day|year) → its reading. */
    final Map<String, RelativePair> relativePairs;
    /** Part of day → hour below which a clock after it is moved by 12 hours (下午3时 = 15:00). */
    final Vocabulary<Integer> dayParts;
    final Vocabulary<VagueWord> vagueWords;
    final Vocabulary<Holiday> holidays;
    /** Words that make a holiday its period (“五一”假期, 新春佳节). */
    final Vocabulary<Boolean> holidayPeriods;
    final Vocabulary<AffixKind> affixes;
    final Vocabulary<Boolean> notBefore;
    final Set<Character> rangeSeparators;
    /** Every character an expression can start with; other positions are skipped at once. */
    private final java.util.BitSet startChars = new java.util.BitSet(1 << 16);

    private DateLexicon() {
        variants = new CharSubstitution(ModelFile.rows(DIR + "variants.tsv"));
        numerals = ModelFile.rows(DIR + "numerals.tsv").stream()
                .collect(Collectors.toUnmodifiableMap(r -> r[0].charAt(0), r -> Integer.parseInt(r[1])));
        Map<String, RelativeWord> rel = new LinkedHashMap<>();
        for (String[] r : ModelFile.rows(DIR + "relative-words.tsv"))
            rel.put(r[0], new RelativeWord(Unit.valueOf(r[1].toUpperCase()),
                    r[2].equals("anaphoric") ? null : Integer.valueOf(r[2]), r[3].equals("-") ? "" : r[3],
                    r[4].equals("-") ? null : r[4]));
        relativeWords = new Vocabulary<>(rel);
        Map<String, YearPart> yp = new LinkedHashMap<>();
        for (String[] r : ModelFile.rows(DIR + "year-parts.tsv")) {
            String[] from = r[1].split("-"), to = r[2].split("-");
            yp.put(r[0], new YearPart(Integer.parseInt(from[0]), day(from[1]), Integer.parseInt(to[0]), day(to[1]),
                    r[3].equals("yes"), r[4].equals("yes"), r[5].equals("yes")));
        }
        yearParts = new Vocabulary<>(yp);
        Map<String, MonthPart> mp = new LinkedHashMap<>();
        for (String[] r : ModelFile.rows(DIR + "month-parts.tsv")) mp.put(r[0], new MonthPart(day(r[1]), day(r[2])));
        monthParts = new Vocabulary<>(mp);
        seasons = ModelFile.rows(DIR + "seasons.tsv").stream().collect(Collectors.toUnmodifiableMap(
                r -> r[0].charAt(0), r -> new Season(Integer.parseInt(r[1]), Integer.parseInt(r[2]))));
        relativePairs = ModelFile.rows(DIR + "relative-pairs.tsv").stream()
                .collect(Collectors.toUnmodifiableMap(r -> r[0] + r[1],
                        r -> new RelativePair(Integer.parseInt(r[2]), r[3].equals("-") ? "" : r[3])));
        seasonPrefixes = ModelFile.rows(DIR + "season-prefixes.tsv").stream()
                .collect(Collectors.toUnmodifiableMap(r -> r[0].charAt(0), r -> Integer.parseInt(r[1])));
        seasonFollowers = words(ModelFile.rows(DIR + "season-followers.txt"));
        Map<String, Integer> parts = new HashMap<>();
        for (String[] r : ModelFile.rows(DIR + "day-parts.tsv")) parts.put(r[0], Integer.valueOf(r[1]));
        dayParts = new Vocabulary<>(parts);
        Map<String, VagueWord> vague = new LinkedHashMap<>();
        for (String[] r : ModelFile.rows(DIR + "vague-words.tsv"))
            vague.put(r[0], new VagueWord(r[1], r[2].equals("-") ? "" : r[2]));
        vagueWords = new Vocabulary<>(vague);
        Map<String, Holiday> hol = new LinkedHashMap<>();
        for (String[] r : ModelFile.rows(DIR + "holidays.tsv")) {
            String[] md = r[1].equals("-") ? new String[] {"0", "0"} : r[1].split("-");
            hol.put(r[0], new Holiday(Integer.parseInt(md[0]), Integer.parseInt(md[1]), r.length > 2 && r[2].equals("context")));
        }
        holidays = new Vocabulary<>(hol);
        holidayPeriods = words(ModelFile.rows(DIR + "holiday-periods.txt"));
        Map<String, AffixKind> aff = new LinkedHashMap<>();
        for (String[] r : ModelFile.rows(DIR + "affixes.tsv")) aff.put(r[1], AffixKind.valueOf(r[0].toUpperCase()));
        affixes = new Vocabulary<>(aff);
        notBefore = words(ModelFile.rows(DIR + "not-before.tsv"));
        rangeSeparators = ModelFile.rows(DIR + "range-separators.txt").stream()
                .map(r -> r[0].charAt(0)).collect(Collectors.toUnmodifiableSet());
        for (char c = '0'; c <= '9'; c++) startChars.set(c);
        // 前 and 第 open 前5个月 and 第三季度; variants map onto these before the check
        startChars.set('前');
        startChars.set('第');
        // 几十年来, 数十年来: an unsaid count
        // 周五, 星期五, 礼拜天: weekdays
        for (char c : "周星礼禮".toCharArray()) startChars.set(c);
        // 农历腊月二十九, 正月初一: the lunar calendar
        for (char c : "农農正腊臘冬".toCharArray()) startChars.set(c);
        startChars.set('几');
        startChars.set('数');
        relativePairs.keySet().forEach(k -> startChars.set(k.charAt(0)));
        // “十四五”以来: a quoted five-year plan
        for (char c : "“\"「".toCharArray()) startChars.set(c);
        for (Set<Character> cs : List.of(numerals.keySet(), relativeWords.firstChars(), yearParts.firstChars(),
                dayParts.firstChars(), vagueWords.firstChars(), affixes.firstChars(), seasons.keySet(), seasonPrefixes.keySet(),
                holidays.firstChars(), monthParts.firstChars()))
            for (char c : cs) startChars.set(c);
    }

    boolean canStartWith(char c) { return startChars.get(c); }

    private static final class Holder {
        static final DateLexicon INSTANCE = new DateLexicon();
    }

    static DateLexicon get() { return Holder.INSTANCE; }

    /** The text as the grammar reads it: variant characters replaced one for one, so offsets are unchanged. */
    String matchingView(String text) {
        return variants.apply(text);
    }

    private static int day(String spec) { return spec.equals("L") ? 0 : Integer.parseInt(spec); }

    private static Vocabulary<Boolean> words(List<String[]> rows) {
        Map<String, Boolean> m = new HashMap<>();
        for (String[] r : rows) m.put(r[0], Boolean.TRUE);
        return new Vocabulary<>(m);
    }

}
