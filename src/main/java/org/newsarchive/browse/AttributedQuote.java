package org.newsarchive.browse;

import java.time.LocalDate;

import org.newsarchive.article.ArticleSummary;
import org.newsarchive.article.DateBasis;
import org.newsarchive.article.DatePrecision;

/**
 * Words an article attributes to an actor; {@code number} is the quote's place among the article's
 * quotes in reading order, which the article page uses as its anchor.
 */
public record AttributedQuote(String text, long number, ArticleSummary article) {

    /** For JPQL constructor expressions, which cannot build the nested article. */
    public AttributedQuote(String text, long number, Long articleId, String articleSlug, String title,
            String outletName, String outletSlug, LocalDate publishedOn, DatePrecision datePrecision, DateBasis dateBasis, String dateEvidence) {
        this(text, number, new ArticleSummary(articleId, articleSlug, title, outletName, outletSlug, publishedOn,
                datePrecision, dateBasis, dateEvidence));
    }

    public String anchor() {
        return "quote-" + number;
    }
}
