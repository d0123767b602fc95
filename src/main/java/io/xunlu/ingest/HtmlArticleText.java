package io.xunlu.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The article out of a web page: kicker, headline, deck, byline block, paragraphs and the editor
 * line, one block per paragraph separated by blank lines, so that the layout stage reads it as it
 * reads a newspaper page. Navigation, scripts, share bars, comment boxes, related links and footers
 * are dropped.
 */
public final class HtmlArticleText {
    /** class/id words of page furniture around an article. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|menu|share|comment|related|recommend|breadcrumb|crumbs|footer|top-bar|topbar|"
                    + "hot|side|side-col|aside|attach|ads?|advert|title-list|page-img|masthead|login|search|"
                    + "pic|pic-desc|tips|copyright|toolbar|pager|pagination)([\\s_-]|$)");
    private static final Pattern EDITOR_LINE = Pattern.compile("(责任编辑|编辑|校对|审核|责编)\\s*[:：]");
    private static final int MAX_DEPTH = 2_000;

    private HtmlArticleText() {}

    public static String extract(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, iframe, form, button, textarea, select, svg, nav, footer, map, img").remove();
        for (Element e : new ArrayList<>(doc.getAllElements())) {
            if (e == doc || e == doc.body() || e.parent() == null) continue;
            String cls = e.className() + " " + e.id();
            if (FURNITURE.matcher(cls).find() && e.select("h1").isEmpty()) e.remove();
        }
        Element body = doc.body();
        if (body == null) return "";
        Element container = articleContainer(body);
        List<String> blocks = new ArrayList<>();
        if (container.select("h1").isEmpty()) {
            String title = titleFromHead(doc);
            if (!title.isEmpty()) blocks.add(title);
        }
        collectBlocks(container, blocks, 0);
        // an editor line often stands just after the article container
        Element sib = container.nextElementSibling();
        for (int i = 0; i < 4 && sib != null; i++, sib = sib.nextElementSibling()) {
            String t = clean(sib.text());
            if (EDITOR_LINE.matcher(t).find() && t.length() < 80) blocks.add(t);
        }
        return String.join("\n\n", blocks) + "\n";
    }

    private static String titleFromHead(Document doc) {
        String t = doc.title();
        int cut = t.indexOf('_');
        if (cut < 0) cut = t.indexOf(" - ");
        if (cut < 0) cut = t.indexOf('|');
        return clean(cut > 0 ? t.substring(0, cut) : t);
    }

    /** The nearest ancestor of the headline holding most of the paragraph text; else the densest block. */
    private static Element articleContainer(Element body) {
        Elements h1s = body.select("h1");
        int total = paragraphText(body);
        for (Element h1 : h1s) {
            for (Element a = h1.parent(); a != null; a = a.parent()) {
                if (paragraphText(a) * 2 >= total && total > 0) return a;
                if (a == body) break;
            }
        }
        Element best = body;
        int bestScore = 0;
        for (Element e : body.select("div, article, section, td, main")) {
            int direct = 0;
            for (Element c : e.children()) if (c.tagName().equals("p")) direct += c.text().length();
            if (direct > bestScore) {
                bestScore = direct;
                best = e;
            }
        }
        return best;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) n += p.text().length();
        return n;
    }

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "caption", "figcaption");

    private static void collectBlocks(Element e, List<String> out, int depth) {
        if (depth > MAX_DEPTH) {
            addBlock(out, e.text());
            return;
        }
        if (BLOCK_TAGS.contains(e.tagName())) {
            if (isBoldOnly(e)) {
                addBlock(out, "**" + clean(e.text()) + "**");
                return;
            }
            for (String part : textWithBreaks(e).split("\n")) addBlock(out, part);
            return;
        }
        StringBuilder loose = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                loose.append(t.text());
            } else if (n instanceof Element c) {
                if (c.tagName().equals("br")) {
                    addBlock(out, loose.toString());
                    loose.setLength(0);
                } else if (isInline(c)) {
                    loose.append(c.text());
                } else {
                    addBlock(out, loose.toString());
                    loose.setLength(0);
                    collectBlocks(c, out, depth + 1);
                }
            }
        }
        addBlock(out, loose.toString());
    }

    /** A paragraph that is nothing but bold text is an intertitle; keep the mark the layout reads. */
    private static boolean isBoldOnly(Element e) {
        if (e.children().size() != 1) return false;
        Element c = e.child(0);
        boolean bold = c.tagName().equals("strong") || c.tagName().equals("b");
        return bold && !clean(c.text()).isEmpty() && clean(c.text()).equals(clean(e.text()));
    }

    private static boolean isInline(Element c) {
        return switch (c.tagName()) {
            case "span", "a", "em", "strong", "b", "i", "u", "font", "sup", "sub", "small", "big", "label" -> true;
            default -> false;
        };
    }

    private static String textWithBreaks(Element e) {
        StringBuilder sb = new StringBuilder();
        appendText(e, sb, 0);
        return sb.toString();
    }

    private static void appendText(Element e, StringBuilder sb, int depth) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) sb.append(t.text());
            else if (n instanceof Element c) {
                if (c.tagName().equals("br")) sb.append('\n');
                else if (depth < MAX_DEPTH) appendText(c, sb, depth + 1);
            }
        }
    }

    private static void addBlock(List<String> out, String text) {
        String t = clean(text);
        if (!t.isEmpty()) out.add(t);
    }

    /** Trims ASCII, no-break and ideographic spaces at both ends (paragraph indents). */
    private static String clean(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    private static boolean isSpace(char c) { return c == ' ' || c == '\u00A0' || c == '\u3000' || c == '\t' || c == '\n' || c == '\r'; }
}
