package org.newsarchive.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The reading text of an HTML page by jsoup: the {@code <article>} (else {@code <main>}, else the
 * body) without navigation, headers, footers, asides, forms and scripts, one block per line; and the
 * metadata of its head (Open Graph title, site name and URL, canonical link, publication time).
 */
final class HtmlText {

    private static final String FURNITURE = "script, style, noscript, template, nav, header:not(article header), footer, aside,"
            + " form, iframe, svg, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true],"
            + " [class~=(?i)(share|social|related|cookie|newsletter|subscribe|advert|promo)]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, td";

    record Page(String text, ArticleMetadata metadata) {
    }

    private HtmlText() {
    }

    static Page extract(String html) {
        Document document = Jsoup.parse(html);
        ArticleMetadata metadata = new ArticleMetadata(
                firstOf(document.select("link[rel=canonical]").attr("abs:href"), meta(document, "og:url")),
                meta(document, "og:site_name"),
                day(firstOf(meta(document, "article:published_time"), document.select("time[datetime]").attr("datetime"))),
                firstOf(meta(document, "og:title"), document.select("h1").text(), document.title()));
        document.select(FURNITURE).remove();
        Element root = document.selectFirst("article");
        if (root == null) {
            root = document.selectFirst("main");
        }
        if (root == null) {
            root = document.body();
        }
        String text = root.select(BLOCKS).stream()
                .filter(block -> block.select(BLOCKS).size() == 1)
                .map(Element::text)
                .filter(line -> !line.isBlank())
                .collect(Collectors.joining("\n"));
        return new Page(text.isBlank() ? root.text() : text, metadata);
    }

    private static String meta(Document document, String property) {
        return document.select("meta[property=" + property + "], meta[name=" + property + "]").attr("content");
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static LocalDate day(String timestamp) {
        if (timestamp == null || timestamp.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(timestamp.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
