package io.xunlu.extract.count;

import io.xunlu.models.ModelFile;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.ArticleText;
import io.xunlu.extract.amount.AmountFinding;
import io.xunlu.extract.amount.Modifier;
import io.xunlu.extract.amount.ModifierTable;
import io.xunlu.extract.number.BookTitles;
import io.xunlu.extract.number.ContextWords;
import io.xunlu.extract.number.NumberScanner;
import io.xunlu.extract.number.NumeralRun;
import io.xunlu.extract.number.NumeralTable;
import io.xunlu.extract.number.WordList;
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
    /** What ends a phrase around a figure. */
    static final String BREAKS = ",;。:!?、()[]“”\"'「」《》\n\t |/";

    private final NumberScanner scanner = new NumberScanner();
    private final ModifierTable modifiers = new ModifierTable();
    private final ContextWords context = ContextWords.get();
    private final NumeralTable numerals = NumeralTable.get();
    private final WordList measures, notMeasures;
    private final CountWords words;
    private final CountSubjects subjects;
    private final Breakdowns breakdowns;

    public CountExtractor() {
        List<String> m = new ArrayList<>(), not = new ArrayList<>();
        for (String[] row : ModelFile.rows("numbers/measures.tsv", 2)) (row[1].trim().equals("not") ? not : m).add(row[0]);
        measures = new WordList(m);
        notMeasures = new WordList(not);
        words = CountWords.load();
        subjects = new CountSubjects(words);
        breakdowns = new Breakdowns(words);
    }

    /** The counts of one article text in text order; parts sit inside their totals only. */
    public List<CountFinding> extract(ArticleText article, List<AmountFinding> amounts) {
        String text = article.text();
        boolean[] covered = BookTitles.mask(text);
        for (AmountFinding a : amounts) {
            for (int i = a.span().start(); i < a.span().end(); i++) covered[i] = true;
        }
        List<RawCount> raws = new ArrayList<>();
        TokenIndex tokens = new TokenIndex(article.tokens(), text.length());
        int floor = 0, nextAmount = 0;
        for (NumeralRun run : scanner.scan(text)) {
            if (covered[run.start()]) { floor = Math.max(floor, run.end()); continue; }
            // a subject written before the figure never reaches back across an amount (3亿元以上|工业项目42个)
            while (nextAmount < amounts.size() && amounts.get(nextAmount).span().end() <= run.start()) {
                floor = Math.max(floor, amounts.get(nextAmount++).span().end());
            }
            RawCount r = read(text, run, floor, tokens);
            if (r != null) { raws.add(r); floor = r.end(); }
        }
        // a count names what it counts: a figure and a measure word alone (三个务必) is no count of
        // things, unless the measure names it (3万人参加)
        raws.removeIf(r -> (r.subject() == null || r.subject().isBlank()) && !words.self().contains(r.measure()));
        return breakdowns.group(text, raws, breakdowns.sentenceEnds(text), tokens);
    }

    private RawCount read(String text, NumeralRun run, int floor, TokenIndex tokens) {
        if (run.number().chinese() && run.end() - run.start() == 1 && run.value().compareTo(BigDecimal.ONE) == 0) return null;
        if (run.value().stripTrailingZeros().scale() > 0) return null;     // 2.5个 is no count of things
        if (run.start() > 0 && text.charAt(run.start() - 1) == '前') return null;  // 前10名 is a rank
        BigDecimal value = run.value().stripTrailingZeros();
        if (value.scale() < 0) value = value.setScale(0);
        int p = run.end();
        Modifier infix = p < text.length() ? modifiers.startingAt(Modifier.Position.INFIX, text, p) : null;
        if (infix != null) p += infix.surface().length();
        // 达 21 项: web copy sets a figure in digits between spaces
        if (p + 1 < text.length() && text.charAt(p) == ' ' && !run.number().chinese() && infix == null) p++;
        int len = measures.longestStartingAt(text, p);
        if (len == 0 || notMeasures.longestStartingAt(text, p) > len) return null;
        String measure = text.substring(p, p + len);
        int measureEnd = p + len;
        if (CountlessFigures.countless(text, tokens, run.start(), measure, measureEnd)) return null;
        int end = measureEnd;
        Modifier after = modifiers.startingAt(Modifier.Position.AFTER, text, end);
        if (after != null) end += after.surface().length();
        int numberStart = run.start();
        Modifier before = modifiers.endingAt(Modifier.Position.BEFORE, text, numberStart, floor);
        if (before != null) numberStart -= before.surface().length();

        int subjectEnd = subjects.subjectAfter(text, end, tokens);
        // 三个一批, 五个一: a subject that opens with a numeral is a slogan's (not one opening with 一般, 一些: no numbers)
        if (subjectEnd > end && numerals.isNumeral(text.charAt(end)) && !numerals.insideNotNumber(text, end)) return null;
        if (subjectEnd > end) {
            return new RawCount(numberStart, subjectEnd, numberStart, measureEnd, text.substring(end, subjectEnd),
                    value, measure, "count.subject-after");
        }
        int from = subjects.subjectStart(text, numberStart, floor);
        String raw = text.substring(from, numberStart).stripTrailing();
        String subject = subjects.subjectBefore(raw);
        int start = subject.isEmpty() ? numberStart : from + raw.lastIndexOf(subject);
        int cut = subjects.afterVerb(tokens, start, numberStart);
        if (cut > start) {
            // 开工项目共25个: what the cut leaves is trimmed again (项目共 → 项目)
            String rest = context.trim(text.substring(cut, numberStart), true);
            if (!rest.isEmpty()) {
                subject = rest;
                start = cut + text.substring(cut, numberStart).indexOf(rest);
            }
        }
        // 集中开工项目52个, 签约项目53项: a project head keeps the verbs written right before it
        int withVerbs = subjects.statusVerbs(text, tokens, start, subject, floor);
        if (withVerbs < start) {
            subject = text.substring(withVerbs, start) + subject;
            start = withVerbs;
        }
        // 围绕五个振兴, 推动三批57个项目: a verb alone before a figure that runs on into more words
        // counts nothing (开工128个, still counts what the sentence is about)
        if (end < text.length() && BREAKS.indexOf(text.charAt(end)) < 0 && subjects.onlyVerb(tokens, start, start + subject.length())) {
            subject = "";
            start = numberStart;
        }
        return new RawCount(start, end, numberStart, measureEnd, subject.isEmpty() ? null : subject, value, measure,
                "count.subject-before");
    }
}
