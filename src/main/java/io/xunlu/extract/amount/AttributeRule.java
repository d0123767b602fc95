package io.xunlu.extract.amount;

import io.xunlu.extract.number.ContextWords;
import io.xunlu.extract.number.ContextWords.Role;
import io.xunlu.extract.number.WordList;
import io.xunlu.extract.place.Gazetteer;
import io.xunlu.extract.place.Level;

/**
 * What a figure measures, read from its left context in the same clause (预计年产值约60亿元 →
 * 年产值; 同比增长4.2% → 增长; 完成投资96.5亿元 → 完成投资). The context words and their
 * roles are data (models/numbers/attribute-words.tsv); this class only orders the steps:
 * clause → trim → change verb → comparison → cut → production verb → action verb → what is left.
 */
final class AttributeRule {
    /** Longest left context looked at; attributes are short noun phrases. */
    private static final int WINDOW = 24;
    /** A figure qualifying a project within this many characters to its right is a size class. */
    private static final int QUALIFIER_REACH = 10;
    private static final String CLAUSE_BREAKS = ",;.。:!?、()[]{}<>《》“”\"'「」『』\n\t 　|/";
    private static final String CLOSING_QUOTES = "”\"」』";

    /** First characters of the year words (今年, 去年, 明年, 本年, 当年, 全年, 同年) whose 年 starts no attribute. */
    private static final String YEAR_WORD_STARTS = "今去明本当全同上";

    private final ContextWords words = ContextWords.get();

    /**
     * The attribute of the figure at [start, end) of text, or null. {@code floor} is where the
     * previous figure ended: a context never reaches back across another figure.
     */
    String attribute(String text, int start, int end, int floor, String kind) {
        return attribute(text, start, end, floor, kind, null);
    }

    /**
     * As above; {@code previous} is the attribute of the figure that ended at {@code floor} when it
     * is of the same kind: a figure joined to it by a list mark or a from–to verb (8.5亿元、3.2亿元;
     * 由2万吨提升至6万吨; 2GW/4GWh) measures the same thing.
     */
    String attribute(String text, int start, int end, int floor, String kind, String previous) {
        if (previous != null && floor > 0 && start > floor && start - floor <= 4 && handsOver(text.substring(floor, start))) return previous;
        String a = measured(text, start, end, floor, kind);
        if (a == null) return null;
        String clause = text.substring(clauseStart(text, start, floor), start);
        // 投资完成率 read as 率: a one-character measure takes the words it ends (the verb was its own)
        if (a.length() == 1) {
            String whole = words.trim(clause, true);
            if (whole.endsWith(a) && whole.length() > 1 && whole.length() <= 8) a = whole;
        }
        a = withQualifiers(clause, a);
        // a duration is measured only when the text names a span of time (工期24个月, 通关时间压缩至30小时), not by 历时/用了
        if (kind.equals("duration") && words.of(Role.SPAN).longestEndingAt(a, a.length(), 0) == 0) return null;
        // 20亿元以上项目, 年产8万吨…项目: a size class, unless the text names what it measures (总投资2至4亿元的项目)
        if (qualifiesAProject(text, end) && !endsWithHead(a)) return null;
        return a;
    }

    /**
     * 计划总投资, 估算总投资, 累计完成投资: the qualifiers written right before the attribute stay
     * with it (trimming dropped them as adverbs).
     */
    private String withQualifiers(String context, String a) {
        int at = context.lastIndexOf(a);
        if (at <= 0) return a;
        WordList q = words.of(Role.QUALIFIER);
        int s = at;
        for (int guard = 0; guard < 3 && s > 0; guard++) {
            int len = q.longestEndingAt(context, s, 0);
            if (len == 0) break;
            s -= len;
        }
        return context.substring(s, at) + a;
    }

    /** 、 / or a from–to verb between two figures: the second continues the first. */
    private boolean handsOver(String gap) {
        return gap.equals("、") || gap.equals("/") || words.of(Role.HANDOVER).contains(gap);
    }

    private String measured(String text, int start, int end, int floor, String kind) {
        int from = clauseStart(text, start, floor);
        String context = text.substring(from, start);
        if (context.isEmpty() && from > 0 && CLOSING_QUOTES.indexOf(text.charAt(from - 1)) >= 0) {
            return quoted(text, from - 1, floor);    // 发放“竹林碳汇贷”4.3亿元
        }
        // 累计完成投资是去年同期的1.8倍: a multiple measures what stands before 是
        if (kind.equals("multiple") && context.endsWith("的") && context.lastIndexOf('是') > 0) context = context.substring(0, context.lastIndexOf('是'));
        // X的70%: a share of something, not a measure of it; 占X的 and 完成X的 name the base (占年度计划的104.3%)
        if (context.endsWith("的") && !context.startsWith("占") && !context.startsWith("完成")) return null;
        // 占 makes a share only of a percent; before money it just introduces the base (占年度计划投资1520亿元)
        if (!kind.equals("percent") && context.startsWith("占") && !context.startsWith("占地")) context = context.substring(1);
        // 占全省的两成以上, 完成年度计划的104.5%: a share names its base, and that is what it measures
        if (kind.equals("percent")) {
            String base = shareBase(context);
            if (base != null) return base;
        }
        // 计划投资, 累计投资: a whole attribute that opens with what trimming would drop
        int whole = words.of(Role.COMPLETE).longestEndingAt(context, context.length(), 0);
        // 今年计划投资: the 年 of 今年 is not the 年 of 年计划投资
        if (whole > 0 && context.charAt(context.length() - whole) == '年' && context.length() > whole
                && YEAR_WORD_STARTS.indexOf(context.charAt(context.length() - whole - 1)) >= 0) whole--;
        if (whole > 0) return context.substring(context.length() - whole);
        context = words.trim(context, true);
        if (context.isEmpty()) return null;

        int change = words.of(Role.CHANGE).longestEndingAt(context, context.length(), 0);
        if (change > 0) return context.substring(context.length() - change);
        // 高于全国0.6个百分点, 比全省平均水平高: the comparison is what the figure measures
        int compare = words.of(Role.COMPARE).lastOccurrence(context, 0, context.length());
        if (compare >= 0) return kind.equals("percent") ? context.substring(compare) : null;
        int complete = words.of(Role.COMPLETE).longestEndingAt(context, context.length(), 0);
        if (complete > 0) return context.substring(context.length() - complete);

        context = afterLast(context, words.of(Role.CUT));
        context = words.trim(withoutPlace(context), true);
        if (context.isEmpty()) return null;

        if (!endsWithHead(context)) {
            WordList produce = words.of(Role.PRODUCE);
            int p = produce.lastOccurrence(context, 0, context.length());
            if (p >= 0) return context.substring(p, p + produce.longestStartingAt(context, p));
        }

        WordList lead = words.of(Role.LEAD);
        int v = lead.lastOccurrence(context, 0, context.length());
        // 完成水利建设投资, 安排乡村道路建设资金: a verb word inside the object's name (建设投资) is
        // not the verb; an earlier one, with the name between them, is
        if (v > 0 && v + lead.longestStartingAt(context, v) < context.length()) {
            int earlier = lead.lastOccurrence(context, 0, v);
            if (earlier >= 0 && v - (earlier + lead.longestStartingAt(context, earlier)) >= 2) v = earlier;
        }
        if (v >= 0) {
            int verbEnd = v + lead.longestStartingAt(context, v);
            String rest = words.trim(context.substring(verbEnd), true);
            if (rest.isEmpty()) {
                // 建设投资累计完成12.7亿元: the verb closes the clause, the measure stands before it
                String before = words.trim(context.substring(0, v), true);
                return before.isEmpty() ? null : before;
            }
            if (words.of(Role.BARE).contains(rest)) return context.substring(v, verbEnd) + rest;
            return endsWithHead(rest) ? rest : null;
        }
        // no verb and no measure noun: a place or a thing (某某湾300兆瓦), not what is measured
        return endsWithHead(context) ? context : null;
    }

    /** 占全省比重达 → 占全省比重, 完成年度计划的 → 完成年度计划; null when the context names no base. */
    private String shareBase(String context) {
        boolean of = context.endsWith("的");
        String base = of ? context.substring(0, context.length() - 1) : context;
        if (!(base.startsWith("占") || base.startsWith("佔") || of && base.startsWith("完成"))) return null;
        WordList strip = words.of(Role.STRIP);
        for (int guard = 0; guard < 3; guard++) {
            int tail = strip.longestEndingAt(base, base.length(), 0);
            if (tail == 0 || base.length() - tail < 3 || base.endsWith("计划")) break;
            base = base.substring(0, base.length() - tail);
        }
        return base.length() >= 3 ? base : null;
    }

    /**
     * 临安区竹笋产值 → 竹笋产值: a division opening the context is whose figure it is, not what it
     * measures; a context that is only a place measures nothing.
     */
    private static String withoutPlace(String s) {
        if (s.length() < 2) return s;
        var place = Gazetteer.standard().prefixAt(s, 0);
        if (place.isEmpty() || place.get().span().length() < 2) return s;
        // a full name (临安区), or a county-or-higher short form (温州); township stems collide with words (建设)
        var best = place.get().best();
        if (!place.get().isFullName() && (best.level() == Level.TOWNSHIP || !best.shortForms().contains(place.get().form()))) return s;
        int e = place.get().span().end();
        return e >= s.length() ? "" : s.substring(e);
    }

    private boolean endsWithHead(String s) {
        return words.of(Role.HEAD).longestEndingAt(s, s.length(), 0) > 0;
    }

    /** 20亿元以上项目, 年产8万吨高端铝材项目: the figure sizes a project and measures nothing itself. */
    private static boolean qualifiesAProject(String text, int end) {
        int limit = Math.min(text.length(), end + QUALIFIER_REACH + 2);
        for (int i = end; i < limit; i++) {
            char c = text.charAt(i);
            if (CLAUSE_BREAKS.indexOf(c) >= 0 || Character.isDigit(c)) return false;
            if (text.startsWith("项目", i) || text.startsWith("項目", i)) return true;
        }
        return false;
    }

    private static int clauseStart(String text, int start, int floor) {
        int limit = Math.max(floor, start - WINDOW);
        int i = start;
        while (i > limit) {
            char c = text.charAt(i - 1);
            if (CLAUSE_BREAKS.indexOf(c) >= 0 || c == '%' || c >= '0' && c <= '9') break;
            i--;
        }
        // 2025年新能源装机: a date's 年/月/日 belongs to the date, not to the attribute
        while (i < start && i > 0 && Character.isDigit(text.charAt(i - 1)) && "年月日号".indexOf(text.charAt(i)) >= 0) i++;
        return i;
    }

    private String quoted(String text, int closing, int floor) {
        int i = closing;
        while (i > floor && i > closing - WINDOW && "“\"「『".indexOf(text.charAt(i - 1)) < 0) i--;
        if (i <= floor || i == closing) return null;
        String inside = text.substring(i, closing);
        return inside.isBlank() ? null : inside;
    }

    private static String afterLast(String s, WordList list) {
        int at = list.lastOccurrence(s, 0, s.length());
        return at < 0 ? s : s.substring(at + list.longestStartingAt(s, at));
    }
}
