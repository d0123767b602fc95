package io.xunlu.layout;

import io.xunlu.extract.LocalSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a finished {@link Draft} into its {@link LayoutItem}: headline and decks, credits without
 * repeats, and the item's kind.
 *
 * <p>Credits: a name credited twice in the same role is listed once (a photographer under every
 * photo), and a generic credit (a meta line's 作者:, a bare name) yields to any specific one the
 * same name has (作者:张三 and 记者张三 give 记者 张三 only).
 *
 * <p>Kind: a photo is an item of captions only (or a single credited paragraph with no headline or
 * dateline); a brief is an item under a brief section or a bullet, with a bold inline title, a
 * short single paragraph under a dateline, or a short single paragraph with no headline; the rest
 * are articles.
 */
final class ItemFinisher {
    static final Set<String> EDITOR_ROLES = Set.of("编辑", "校对", "美编", "审核");
    private static final int BRIEF_MAX_CHARS = 300;

    private final String text;

    ItemFinisher(String text) {
        this.text = text;
    }

    LayoutItem finish(Draft d) {
        List<LocalSpan> headline = new ArrayList<>();
        List<LocalSpan> decks = new ArrayList<>();
        if (d.inlineTitle != null) {
            headline.add(d.inlineTitle);
        } else {
            headline.addAll(d.pick.headline());
            decks.addAll(d.pick.decks());
        }
        headline.replaceAll(this::stripMarks);
        decks.replaceAll(this::stripMarks);
        List<BylineParser.Credit> credits = distinct(d.credits);
        String kind = kindOf(d, headline, credits);
        return new LayoutItem(kind, List.copyOf(headline), List.copyOf(decks), d.dateline,
                List.copyOf(credits), List.copyOf(d.paragraphs), d.start, d.end);
    }

    private List<BylineParser.Credit> distinct(List<BylineParser.Credit> credits) {
        Set<String> specific = new HashSet<>();
        for (BylineParser.Credit c : credits) if (!c.generic()) specific.add(nameOf(c));
        Set<String> seen = new HashSet<>();
        List<BylineParser.Credit> out = new ArrayList<>();
        for (BylineParser.Credit c : credits) {
            String name = nameOf(c);
            if (c.generic() && specific.contains(name)) continue;
            if (seen.add(c.role() + "\t" + name)) out.add(c);
        }
        return out;
    }

    private String nameOf(BylineParser.Credit c) {
        return WebFurniture.compact(c.name().of(text));
    }

    private String kindOf(Draft d, List<LocalSpan> headline, List<BylineParser.Credit> credits) {
        boolean anyCredit = credits.stream().anyMatch(c -> !EDITOR_ROLES.contains(c.role()));
        boolean captionsOnly = d.captions > 0 && d.bodyParagraphs == 0;
        int texts = d.bodyParagraphs + d.captions;
        if (d.dateline == null && (captionsOnly || (headline.isEmpty() && anyCredit && texts == 1 && !d.brief))) {
            return "photo";
        }
        int chars = 0;
        for (List<LocalSpan> para : d.paragraphs) for (LocalSpan s : para) chars += s.length();
        boolean shortOne = texts == 1 && chars < BRIEF_MAX_CHARS;
        if (d.inlineTitle != null || d.brief || (shortOne && (d.dateline != null || headline.isEmpty()))) return "brief";
        return "article";
    }

    private LocalSpan stripMarks(LocalSpan s) {
        int a = s.start();
        int b = s.end();
        while (a < b && text.charAt(a) == '*') a++;
        while (b > a && text.charAt(b - 1) == '*') b--;
        return new LocalSpan(a, b);
    }
}
