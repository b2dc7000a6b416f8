package org.newsarchive.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import org.newsarchive.article.ArticleDetail.ActorInArticle;
import org.newsarchive.article.ArticleDetail.CitationInArticle;
import org.newsarchive.article.ArticleDetail.DemandInArticle;
import org.newsarchive.article.ArticleDetail.OutletInfo;
import org.newsarchive.article.ArticleDetail.QuoteInArticle;
import org.newsarchive.article.ArticleDetail.ResponseInArticle;

/**
 * One article as the JSON API answers it, with offsets into {@link #body()}: a record of the API's own, so that
 * what the article page needs of {@link ArticleDetail} can change without changing the API. Its schema keeps
 * the name the API has always published.
 */
@Schema(name = "ArticleDetail")
record ArticleResponse(
        Long id,
        String slug,
        String title,
        OutletInfo outlet,
        @Nullable String originalUrl,
        @Nullable LocalDate publishedOn,
        DatePrecision datePrecision, DateBasis dateBasis,
        String dateEvidence,
        @Nullable String titleEvidence,
        @Nullable String outletEvidence,
        @Nullable String byline,
        String language,
        String body,
        List<String> captions,
        String rawText,
        String contentHash,
        @Nullable String sourceName,
        Instant importedAt,
        List<ActorInArticle> actors,
        List<DemandInArticle> demands,
        List<QuoteInArticle> quotes,
        List<CitationInArticle> citations,
        List<ResponseInArticle> demandResponses) {

    static ArticleResponse of(ArticleDetail article) {
        return new ArticleResponse(article.id(), article.slug(), article.title(), article.outlet(), article.originalUrl(),
                article.publishedOn(), article.datePrecision(), article.dateBasis(), article.dateEvidence(),
                article.titleEvidence(), article.outletEvidence(), article.byline(), article.language(), article.body(),
                article.captions(), article.rawText(), article.contentHash(), article.sourceName(), article.importedAt(),
                article.actors(), article.demands(), article.quotes(), article.citations(), article.demandResponses());
    }
}
