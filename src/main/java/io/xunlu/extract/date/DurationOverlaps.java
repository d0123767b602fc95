package io.xunlu.extract.date;

import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.amount.AmountFinding;
import java.util.ArrayList;
import java.util.List;

/**
 * One figure read twice, as a span of time by the amounts and as a date: 一个月前, 近3年来 and 8年前
 * are dates holding a duration, 持续近20日 is a duration holding a day of the month. The longer
 * reading keeps the figure; on the same span a duration its cue made (连续3日) beats the bare day.
 * Stateless; one sweep over both lists, which are in text order.
 */
public final class DurationOverlaps {
    /** The amounts and dates that keep their figures. */
    public record Settled(List<AmountFinding> amounts, List<DateFinding> dates) {}

    private DurationOverlaps() {}

    public static Settled settle(List<AmountFinding> amounts, List<DateFinding> dates) {
        boolean[] dropAmount = new boolean[amounts.size()];
        boolean[] dropDate = new boolean[dates.size()];
        int first = 0;
        for (int i = 0; i < amounts.size(); i++) {
            AmountFinding a = amounts.get(i);
            if (!a.kind().equals("duration")) continue;
            while (first < dates.size() && dates.get(first).span().end() <= a.span().start()) first++;
            for (int j = first; j < dates.size() && dates.get(j).span().start() < a.span().end(); j++) {
                LocalSpan d = dates.get(j).span();
                if (d.end() <= a.span().start()) continue;
                if (contains(d, a.span()) && (d.length() > a.span().length() || !a.rule().endsWith(".cue"))) dropAmount[i] = true;
                else if (contains(a.span(), d)) dropDate[j] = true;
            }
        }
        List<AmountFinding> keptAmounts = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) if (!dropAmount[i]) keptAmounts.add(amounts.get(i));
        List<DateFinding> keptDates = new ArrayList<>();
        for (int j = 0; j < dates.size(); j++) if (!dropDate[j]) keptDates.add(dates.get(j));
        return new Settled(keptAmounts, keptDates);
    }

    private static boolean contains(LocalSpan outer, LocalSpan inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }
}
