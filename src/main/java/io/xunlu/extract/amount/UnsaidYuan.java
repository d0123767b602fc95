package io.xunlu.extract.amount;

import io.xunlu.extract.number.NumeralRun;
import io.xunlu.extract.number.NumeralTable;
import io.xunlu.extract.number.WordList;
import io.xunlu.models.ModelFile;

/**
 * Money said without 元: a figure ending in 万 or 亿 with no unit after it is yuan where a money word
 * stands before it (总投资近30亿, 总投资达104亿, 投资额超5亿) or where it sizes what follows it
 * (5亿以下项目, 5亿到20亿的项目). Immutable.
 */
final class UnsaidYuan {
    /** How far back a money word may end before the figure, its link and modifier aside. */
    private static final int CUE_REACH = 6;

    private final NumeralTable numerals;
    private final ModifierTable modifiers;
    private final UnitContext context;
    private final WordList cues = new WordList(ModelFile.lines("numbers/money-cues.txt"));
    private final WordList links = new WordList(ModelFile.lines("numbers/money-links.txt"));
    private final WordList sized = new WordList(ModelFile.lines("numbers/money-sized.txt"));

    UnsaidYuan(NumeralTable numerals, ModifierTable modifiers, UnitContext context) {
        this.numerals = numerals;
        this.modifiers = modifiers;
        this.context = context;
    }

    /** The figure of run, whose unit would stand at {@code after}, is yuan said without 元. */
    boolean holds(String text, NumeralRun run, int after) {
        return endsWithBigScale(text, run) && (cueBefore(text, run.start()) || sizesWhatFollows(text, after));
    }

    /** A money word right before the figure, a modifier (近, 超, 约) and a link (达, 为) aside. */
    private boolean cueBefore(String text, int start) {
        int s = context.skipBeforeModifier(text, start);
        int link = links.longestEndingAt(text, s, Math.max(0, s - 3));
        if (link > 0) s = context.skipBeforeModifier(text, s - link);
        return s > 0 && cues.longestEndingAt(text, s, Math.max(0, s - CUE_REACH)) > 0;
    }

    /** 5亿以下项目, 20亿的项目: a bound or 的, then a word a money figure sizes. */
    private boolean sizesWhatFollows(String text, int at) {
        Modifier bound = modifiers.startingAt(Modifier.Position.AFTER, text, at);
        if (bound != null && bound.bound() != null) at += bound.surface().length();
        if (at < text.length() && text.charAt(at) == '的') at++;
        return sized.longestStartingAt(text, at) > 0;
    }

    /** The numeral ends in 万 or 亿 (30亿, 两千万): money said without 元 always carries its scale. */
    private boolean endsWithBigScale(String text, NumeralRun run) {
        char last = text.charAt(run.end() - 1);
        return numerals.isScale(last) && numerals.value(last) >= 10_000;
    }
}
