package io.xunlu.extract.count;

import io.xunlu.models.ModelFile;
import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.amount.AmountFinding;
import io.xunlu.extract.amount.Modifier;
import io.xunlu.extract.amount.ModifierTable;
import io.xunlu.extract.number.BookTitles;
import io.xunlu.extract.number.ContextWords;
import io.xunlu.extract.number.NumberScanner;
import io.xunlu.extract.number.NumeralRun;
import io.xunlu.extract.number.WordList;
import io.xunlu.text.CodePoints;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds counts (a numeral with a measure word: 52个项目, 救援分队9支) with their subjects,
 * and groups a total with the breakdown that follows it (其中 A n1、B n2 …). Built once from
 * models/numbers/; immutable and safe for concurrent use.
 *
 * <p>A numeral inside an amount (个月, 个百分点 are amount units) is never a count. A bare 一 with
 * a measure (一个专班, 一批项目) reads as an article, not a count, and is skipped.
 */
public final class CountExtractor {
    /** Longest subject read on either side of the figure. */
    private static final int SUBJECT_REACH = 14;
    /** A breakdown opens within this many characters of its total (共28个,总投资…,年度计划投资…。其中). */
    private static final int TRIGGER_REACH = 60;
    private static final String BREAKS = ",;。:!?、()[]“”\"'「」《》\n\t |/";

    private final NumberScanner scanner = new NumberScanner();
    private final ModifierTable modifiers = new ModifierTable();
    private final ContextWords context = ContextWords.get();
    private final WordList measures, notMeasures, stops, leads, triggers;

    public CountExtractor() {
        List<String> m = new ArrayList<>(), not = new ArrayList<>();
        for (String[] row : ModelFile.rows("numbers/measures.tsv", 2)) (row[1].trim().equals("not") ? not : m).add(row[0]);
        measures = new WordList(m);
        notMeasures = new WordList(not);
        List<String> s = new ArrayList<>(), l = new ArrayList<>(), t = new ArrayList<>();
        for (String[] row : ModelFile.rows("numbers/count-words.tsv", 2)) {
            switch (row[1].trim()) {
                case "stop" -> s.add(row[0]);
                case "lead" -> l.add(row[0]);
                case "trigger" -> t.add(row[0]);
                default -> throw new IllegalStateException("count-words.tsv: unknown role " + row[1]);
            }
        }
        stops = new WordList(s);
        leads = new WordList(l);
        triggers = new WordList(t);
    }

    /** The counts of one article text in text order; parts sit inside their totals only. */
    public List<CountFinding> extract(ArticleText article, List<AmountFinding> amounts) {
        String text = article.text();
        boolean[] covered = BookTitles.mask(text);
        for (AmountFinding a : amounts) {
            for (int i = a.span().start(); i < a.span().end(); i++) covered[i] = true;
        }
        List<Raw> raws = new ArrayList<>();
        TokenIndex tokens = new TokenIndex(article.tokens(), text.length());
        int floor = 0, nextAmount = 0;
        for (NumeralRun run : scanner.scan(text)) {
            if (covered[run.start()]) { floor = Math.max(floor, run.end()); continue; }
            // a subject written before the figure never reaches back across an amount (3亿元以上|工业项目42个)
            while (nextAmount < amounts.size() && amounts.get(nextAmount).span().end() <= run.start()) {
                floor = Math.max(floor, amounts.get(nextAmount++).span().end());
            }
            Raw r = read(text, run, floor, tokens);
            if (r != null) { raws.add(r); floor = r.end; }
        }
        // a count names what it counts: a figure and a measure word alone (三个务必) is no count of things
        raws.removeIf(r -> r.subject() == null || r.subject().isBlank());
        return group(text, raws, sentenceEnds(text), tokens);
    }

    /** A count before grouping: [start, end) its span, numberStart/measureEnd the figure itself. */
    private record Raw(int start, int end, int numberStart, int measureEnd, String subject, BigDecimal value,
                       String measure, String rule) {}

    private Raw read(String text, NumeralRun run, int floor, TokenIndex tokens) {
        if (run.number().chinese() && run.end() - run.start() == 1 && run.value().compareTo(BigDecimal.ONE) == 0) return null;
        if (run.value().stripTrailingZeros().scale() > 0) return null;     // 2.5个 is no count of things
        BigDecimal value = run.value().stripTrailingZeros();
        if (value.scale() < 0) value = value.setScale(0);
        int p = run.end();
        Modifier infix = p < text.length() ? modifiers.startingAt(Modifier.Position.INFIX, text, p) : null;
        if (infix != null) p += infix.surface().length();
        int len = measures.longestStartingAt(text, p);
        if (len == 0 || notMeasures.longestStartingAt(text, p) > len) return null;
        String measure = text.substring(p, p + len);
        int measureEnd = p + len;
        int end = measureEnd;
        Modifier after = modifiers.startingAt(Modifier.Position.AFTER, text, end);
        if (after != null) end += after.surface().length();
        int numberStart = run.start();
        Modifier before = modifiers.endingAt(Modifier.Position.BEFORE, text, numberStart, floor);
        if (before != null) numberStart -= before.surface().length();

        int subjectEnd = subjectAfter(text, end, tokens);
        if (subjectEnd > end) {
            return new Raw(numberStart, subjectEnd, numberStart, measureEnd, text.substring(end, subjectEnd),
                    value, measure, "count.subject-after");
        }
        int from = subjectStart(text, numberStart, floor);
        String raw = text.substring(from, numberStart);
        String subject = subjectBefore(raw);
        int start = subject.isEmpty() ? numberStart : from + raw.lastIndexOf(subject);
        int cut = afterVerb(tokens, start, numberStart);
        if (cut > start) {
            subject = text.substring(cut, numberStart);
            start = cut;
        }
        return new Raw(start, end, numberStart, measureEnd, subject.isEmpty() ? null : subject, value, measure,
                "count.subject-before");
    }

    /** End of the noun phrase right after a count (52个|项目), or {@code at} when none stands there. */
    private int subjectAfter(String text, int at, TokenIndex tokens) {
        int i = at;
        int limit = Math.min(text.length(), at + SUBJECT_REACH);
        Token first = tokens.at(at);
        if (first != null && first.start() == at && startsNoNoun(first)) return at; // 三个务必: no noun follows
        while (i < limit) {
            char c = text.charAt(i);
            Token t = tokens.at(i);
            // 9家单位领取奖牌: the noun phrase ends where a verb begins
            if (i > at && t != null && t.start() == i && t.tag().startsWith("v") && !t.tag().equals("vn")) break;
            if (BREAKS.indexOf(c) >= 0 || c >= '0' && c <= '9' || c == '%') break;
            if (stops.longestStartingAt(text, i) > 0) break;
            // 9个外资项目中, : 中 closes the phrase when a clause break follows
            if (c == '中' && i + 1 < text.length() && BREAKS.indexOf(text.charAt(i + 1)) >= 0) break;
            i++;
        }
        if (i > at) i = CodePoints.wholeBackward(text, i); // the reach ended inside a surrogate pair: keep the whole character out
        return i;
    }


    /**
     * 转移受灾群众 → 被困群众, 排查消防隐患 → 安全隐患: the counted noun phrase begins after the
     * sentence's verb; of several verbs, the last that still leaves three characters (else two).
     */
    private static int afterVerb(TokenIndex tokens, int start, int numberStart) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = start; i < numberStart; ) {
            Token t = tokens.at(i);
            if (t == null) {
                i++;
                continue;
            }
            boolean verb = t.word().length() >= 2 && t.tag().startsWith("v") && !t.tag().equals("vn")
                    || HanLPAnalyzer.isDictionaryVerb(t.word());
            if (verb && t.start() >= start && t.end() < numberStart) cuts.add(t.end());
            i = Math.max(i + 1, t.end());
        }
        for (int k = cuts.size() - 1; k >= 0; k--) if (numberStart - cuts.get(k) >= 3) return cuts.get(k);
        if (!cuts.isEmpty() && numberStart - cuts.get(cuts.size() - 1) >= 2) return cuts.get(cuts.size() - 1);
        return start;
    }

    private static boolean startsNoNoun(Token t) {
        String tag = t.tag();
        return tag.startsWith("d") || tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u")
                || (tag.startsWith("v") && !tag.equals("vn"));
    }

    private static int subjectStart(String text, int numberStart, int floor) {
        int i = numberStart;
        int limit = Math.max(floor, numberStart - SUBJECT_REACH);
        while (i > limit) {
            char c = text.charAt(i - 1);
            if (BREAKS.indexOf(c) >= 0 || c == '%') break;
            // a digit belongs to the subject only inside a name such as 5G基站
            if (c >= '0' && c <= '9' && !(i < text.length() && Character.isLetter(text.charAt(i)) && text.charAt(i) < 128)) break;
            i--;
        }
        if (i < numberStart) i = CodePoints.wholeForward(text, i); // the reach ended inside a surrogate pair: keep the whole character out
        return i;
    }

    /** 全区新签约亿元以上项目 → 亿元以上项目; 有出口业绩的企业达 → 企业. */
    private String subjectBefore(String raw) {
        String s = context.trim(raw, true);
        int t = triggers.lastOccurrence(s, 0, s.length());
        if (t >= 0) s = context.trim(s.substring(t + triggers.longestStartingAt(s, t)), true);
        int de = s.lastIndexOf('的');
        if (de >= 0 && de + 1 < s.length()) s = s.substring(de + 1);
        int v = leads.lastOccurrence(s, 0, s.length());
        if (v >= 0) {
            int verbEnd = v + leads.longestStartingAt(s, v);
            if (verbEnd < s.length()) s = s.substring(verbEnd);
        }
        return context.trim(s, true);
    }

    /**
     * Attaches breakdowns: after a total, a trigger (其中, 分别为, 按…分, or 中, right after it) opens a
     * list of counts with the same measure that runs to the end of the sentence. A part after a
     * clause break that would push the sum past the total starts something new instead.
     */
    private List<CountFinding> group(String text, List<Raw> raws, int[] sentenceEnd, TokenIndex tokens) {
        List<CountFinding> out = new ArrayList<>();
        boolean[] isPart = new boolean[raws.size()];
        List<List<Raw>> partsOf = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) partsOf.add(new ArrayList<>());
        for (int i = 0; i < raws.size(); i++) {
            if (isPart[i]) continue;
            int trigger = triggerAfter(text, raws.get(i), sentenceEnd);
            if (trigger < 0) continue;
            // the first count after the trigger picks its total: the nearest earlier one with its measure
            int first = -1;
            for (int j = i + 1; j < raws.size(); j++) if (raws.get(j).numberStart >= trigger) { first = j; break; }
            if (first < 0 || isPart[first]) continue;
            int total = -1;
            for (int k = first - 1; k >= i; k--) {
                if (!isPart[k] && raws.get(k).measure.equals(raws.get(first).measure) && raws.get(k).end <= trigger) { total = k; break; }
            }
            if (total < 0 || total != i && triggerAfter(text, raws.get(total), sentenceEnd) != trigger) continue;
            Raw t = raws.get(total);
            int listEnd = sentenceEnd[trigger];
            BigDecimal sum = BigDecimal.ZERO;
            int prevEnd = trigger;
            for (int j = first; j < raws.size() && raws.get(j).start < listEnd; j++) {
                Raw part = raws.get(j);
                if (!part.measure.equals(t.measure) || part.value.compareTo(t.value) >= 0) break;
                if (newClauseBetween(text, tokens, prevEnd, part.start)) break;
                boolean listed = onlyEnumerationBetween(text, prevEnd, part.start);
                if (!listed && sum.add(part.value).compareTo(t.value) > 0) break;
                partsOf.get(total).add(part);
                isPart[j] = true;
                sum = sum.add(part.value);
                prevEnd = part.end;
            }
        }
        for (int i = 0; i < raws.size(); i++) {
            if (isPart[i]) continue;
            Raw r = raws.get(i);
            List<CountPartFinding> parts = new ArrayList<>();
            BigDecimal sum = null;
            for (Raw p : partsOf.get(i)) {
                parts.add(new CountPartFinding(new LocalSpan(p.start, p.end), p.subject, p.value, p.measure));
                sum = sum == null ? p.value : sum.add(p.value);
            }
            out.add(new CountFinding(new LocalSpan(r.start, r.end), r.subject, r.value, r.measure, parts, sum,
                    consistency(r.value, sum, parts.size()), r.rule));
        }
        return out;
    }

    /**
     * Equal → true; more than the total → false; less → null when one or two parts are singled
     * out (其中外资项目4个), false when three or more read as the whole breakdown yet fall short.
     */
    private static Boolean consistency(BigDecimal total, BigDecimal sum, int parts) {
        if (sum == null) return null;
        int c = sum.compareTo(total);
        if (c == 0) return true;
        if (c > 0) return false;
        return parts >= 3 ? Boolean.FALSE : null;
    }

    /** Start of the breakdown opened after this total, in its sentence or at the head of the next; or -1. */
    private int triggerAfter(String text, Raw total, int[] sentenceEnd) {
        int at = total.end;
        if (text.startsWith("中,", at)) return at + 2;     // 签约的9个外资项目中, 亚洲项目3个 …
        int end = sentenceEnd[at];
        // a trigger further than the reach is another sentence's business; also keeps the scan linear
        for (int i = at; i < Math.min(end, at + TRIGGER_REACH); i++) {
            int opened = opensBreakdown(text, i);
            if (opened > 0) return opened;
        }
        return end + 1 < text.length() ? opensBreakdown(text, end + 1) : -1;
    }

    private int opensBreakdown(String text, int i) {
        int len = triggers.longestStartingAt(text, i);
        return len > 0 ? i + len : byCategory(text, i);
    }

    /** 按行业分, : a breakdown by category opening a clause; returns where it ends, or -1. */
    private static int byCategory(String text, int i) {
        if (text.charAt(i) != '按' || i > 0 && BREAKS.indexOf(text.charAt(i - 1)) < 0 && text.charAt(i - 1) != '。') return -1;
        for (int j = i + 1; j < Math.min(text.length(), i + 10); j++) {
            if (text.charAt(j) == '分' && j + 1 < text.length() && BREAKS.indexOf(text.charAt(j + 1)) >= 0) return j + 2;
            if (BREAKS.indexOf(text.charAt(j)) >= 0) return -1;
        }
        return -1;
    }

    /** For every position, where its sentence ends (。 ! ? or a line break), computed in one pass. */
    private static int[] sentenceEnds(String text) {
        int[] ends = new int[text.length() + 1];
        int end = text.length();
        ends[end] = end;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '。' || c == '\n' || c == '!' || c == '?') end = i;
            ends[i] = end;
        }
        return ends;
    }

    /** A semicolon and then a verb of its own (…46个;新转化达产…46个): the breakdown has ended. */
    private boolean newClauseBetween(String text, TokenIndex tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ';' && text.charAt(k) != '；') continue;
            if (leads.lastOccurrence(text, k, to) >= 0) return true;
            for (int i = k + 1; i < to; i++) {
                Token t = tokens.at(i);
                if (t != null && t.start() == i && t.tag().startsWith("v") && !t.tag().equals("vn")) return true;
            }
            return false;
        }
        return false;
    }

    /** Between two parts only a list mark (、) and no clause of its own. */
    private static boolean onlyEnumerationBetween(String text, int from, int to) {
        if (from >= to) return true;
        String gap = text.substring(from, to);
        return gap.equals("、") || gap.isBlank();
    }
}
