package io.xunlu.extract.date;

import io.xunlu.extract.ArticleText;
import io.xunlu.extract.document.TitleBrackets;
import java.util.List;

/**
 * Finds date, time and period expressions (10月17日上午, 昨天, 今年前7个月, 截至9月底, 今年以来) and
 * resolves them against the article's publication date, never the clock. Text inside 《》 is a
 * title, not a date (《…发展规划(2021—2025年)》), and is skipped.
 *
 * <p>Immutable and thread-safe: build one and share it. The vocabulary is in models/dates/.
 */
public final class DateExtractor {
    private final DateLexicon lexicon;

    public DateExtractor() { this.lexicon = DateLexicon.get(); }

    public List<DateFinding> extract(ArticleText article) {
        String text = article.text();
        return new DateScanner(lexicon, text, article.published()).scan(TitleBrackets.find(text));
    }
}
