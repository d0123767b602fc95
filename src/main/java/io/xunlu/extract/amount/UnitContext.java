package io.xunlu.extract.amount;

import io.xunlu.extract.number.NumeralRun;
import io.xunlu.extract.number.NumeralTable;
import io.xunlu.extract.number.ParsedNumber;
import io.xunlu.extract.number.WordList;
import io.xunlu.models.ModelFile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the words around a figure let its unit be read as such: tenths and discounts within
 * their range, a span of years only after a duration cue (历时, 连续), 块 as the colloquial yuan
 * only where nothing it could count stands beside it, 前5个月 a period of the calendar rather
 * than a duration. Immutable.
 */
final class UnitContext {
    /** A duration cue must stand this close before the figure (历时9个月, 连续3年). */
    private static final int CUE_REACH = 6;
    /** How far back in its clause a price word makes 块 the colloquial yuan (花费我三块). */
    private static final int PRICE_REACH = 12;

    private final NumeralTable numerals;
    private final ModifierTable modifiers;
    private final WordList durationCues;
    /** Cues only right before the figure (忙碌了一年, 奋斗的5年): farther back they belong to other words. */
    private final WordList adjacentCues;
    private final WordList durationContext;
    private final List<String> durationBlocks;
    private final WordList priceWords = new WordList(ModelFile.lines("numbers/price-words.txt"));
    /** Words after 折 or 对折 that make it no discount (折合, 折旧). */
    final WordList notDiscount = new WordList(ModelFile.lines("numbers/not-discount.txt"));

    UnitContext(NumeralTable numerals, ModifierTable modifiers) {
        this.numerals = numerals;
        this.modifiers = modifiers;
        List<String> cues = new ArrayList<>(), blocks = new ArrayList<>(), adjacent = new ArrayList<>();
        for (String[] row : ModelFile.rows("numbers/duration-cues.tsv", 2)) {
            String role = row[1].trim();
            (role.equals("block") ? blocks : role.equals("adjacent") ? adjacent : cues).add(row[0]);
        }
        durationCues = new WordList(cues);
        adjacentCues = new WordList(adjacent);
        List<String> all = new ArrayList<>(cues);
        all.addAll(blocks);
        durationContext = new WordList(all);
        durationBlocks = List.copyOf(blocks);
    }

    boolean conditionHolds(String text, NumeralRun run, Unit u, ParsedNumber number) {
        switch (u.condition()) {
            case TENTH:
                // 三成, 9成, 7.2成: a tenth counts at most ten
                return number.value().signum() > 0 && number.value().compareTo(BigDecimal.TEN) <= 0 && number.high() == null;
            case DISCOUNT:
                // 八折, 8.5折 (tenths, below ten); 八五折, 75折: two digits said one by one are the percent
                if (number.high() != null || number.approximate() || number.value().signum() <= 0) return false;
                if (number.value().compareTo(BigDecimal.TEN) < 0) return true;
                return number.value().compareTo(BigDecimal.valueOf(100)) < 0 && number.value().stripTrailingZeros().scale() <= 0
                        && run.end() - run.start() == 2 && number.value().remainder(BigDecimal.TEN).signum() != 0
                        && !numerals.isScale(text.charAt(run.start())) && !numerals.isScale(text.charAt(run.start() + 1));
            case CUE:
                // 2023年 is a year; a span of years needs a cue such as 历时 or 连续
                // (2000多年历史: with 多 or 余 it cannot be a year)
                return (number.value().compareTo(BigDecimal.valueOf(1000)) < 0 || number.approximate())
                        && (hasDurationCue(text, run.start()) || adjacentCue(text, run.start(), run.end()));
            case ADJACENT:
                // 3日 is a day of the month; 连续两日, 持续近20日 a span: the cue stands right before
                return number.value().compareTo(BigDecimal.valueOf(1000)) < 0 && cueRightBefore(text, run.start());
            default:
                if (u.kind().equals("duration") && blockedPeriod(text, run.start())) return false;
                return true;
        }
    }

    boolean hasDurationCue(String text, int start) {
        int from = Math.max(0, start - CUE_REACH);
        for (int end = start; end > from; end--) {
            char c = text.charAt(end - 1);
            if (c == ',' || c == '。' || c == ';' || c == '\n') return false;
            if (durationCues.longestEndingAt(text, end, from) > 0) return true;
        }
        return false;
    }

    /** A duration cue ending right before the figure, its before-modifier aside (持续|近|20日). */
    private boolean cueRightBefore(String text, int start) {
        int s = skipBeforeModifier(text, start);
        return durationCues.longestEndingAt(text, s, Math.max(0, s - 4)) > 0;
    }

    /**
     * 忙碌了一年, 奋斗的5年: 了 or 的 right before a span of years (not 的2023年: that figure is a year).
     * 的一年 alone is the kind of year a text sums up (不平凡的一年), no span it measures.
     */
    private boolean adjacentCue(String text, int start, int end) {
        int len = adjacentCues.longestEndingAt(text, start, Math.max(0, start - 2));
        if (len == 0) return false;
        return !(text.charAt(start - 1) == '的' && end - start == 1 && text.charAt(start) == '一');
    }

    /** 前5个月 is a period of the calendar, 提前5个月 a span: the longest context word decides. */
    private boolean blockedPeriod(String text, int start) {
        int s = skipBeforeModifier(text, start);
        int len = durationContext.longestEndingAt(text, s, Math.max(0, s - 4));
        return len > 0 && durationBlocks.contains(text.substring(s - len, s));
    }

    int skipBeforeModifier(String text, int start) {
        Modifier m = modifiers.endingAt(Modifier.Position.BEFORE, text, start, Math.max(0, start - 4));
        return m == null ? start : start - m.surface().length();
    }

    /**
     * 块 is yuan only when small change or 钱 follows (十块三毛, 一块二, 十块钱): alone it is a measure
     * word far more often in news (光伏组件约72万块, 三块地).
     */
    private boolean standsAlone(String text, int end) {
        if (end >= text.length()) return false;
        char c = text.charAt(end);
        return numerals.isDigit(c) || c == '钱' || c == '錢';
    }

    /**
     * 块 after a numeral is the colloquial yuan when small change or 钱 follows, or when nothing it
     * could count is written beside it: no noun follows (三块地, 一块蛋糕 count), and the clause
     * before the figure is empty (三五百块, 7块以上) or says price (花费我三块, 每斤卖到十块). A noun
     * before the figure without a price word is what 块 counts (光伏组件约72万块).
     */
    boolean colloquialYuan(String text, int start, int end) {
        if (standsAlone(text, end)) return true;
        if (end < text.length()) {
            char c = text.charAt(end);
            if (Character.isLetterOrDigit(c) && PARTICLES.indexOf(c) < 0 && !modifierAt(text, end)) return false;
        }
        int s = skipBeforeModifier(text, start);
        int from = s;
        while (from > 0 && s - from < PRICE_REACH && !clauseBreak(text.charAt(from - 1))) from--;
        boolean empty = from == 0 || clauseBreak(text.charAt(from - 1));
        for (int i = from; empty && i < s; i++) empty = Character.isWhitespace(text.charAt(i));
        return empty || priceWords.lastOccurrence(text, from, s) >= 0;
    }

    /** Sentence particles that may close a figure (挣了三千块呢). */
    private static final String PARTICLES = "了呢吧啊吗嗎";

    /** Punctuation that ends a clause (text is width-folded: ，becomes ,). */
    private static final String CLAUSE_BREAKS = ",.;:!?、。；：！？\n\"“”‘’()（）《》";

    private static boolean clauseBreak(char c) {
        return CLAUSE_BREAKS.indexOf(c) >= 0;
    }

    boolean modifierAt(String text, int at) {
        return at < text.length() && modifiers.startingAt(Modifier.Position.AFTER, text, at) != null;
    }
}
