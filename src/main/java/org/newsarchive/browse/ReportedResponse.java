package org.newsarchive.browse;

import java.time.LocalDate;

import org.newsarchive.actor.ActorRef;
import org.newsarchive.article.ArticleSummary;
import org.newsarchive.article.DateBasis;
import org.newsarchive.article.DatePrecision;
import org.newsarchive.demand.Stance;

/** An answer to a demand in the words of the article passage that reports it. */
public record ReportedResponse(ActorRef responder, Stance stance, String passage, ArticleSummary article) {

    /** For JPQL constructor expressions, which cannot build the nested actor and article. */
    public ReportedResponse(String responderSlug, String responderName, Stance stance, String passage,
            Long articleId, String articleSlug, String title, String outletName, String outletSlug,
            LocalDate publishedOn, DatePrecision datePrecision, DateBasis dateBasis, String dateEvidence) {
        this(new ActorRef(responderSlug, responderName), stance, passage, new ArticleSummary(articleId, articleSlug,
                title, outletName, outletSlug, publishedOn, datePrecision, dateBasis, dateEvidence));
    }
}
