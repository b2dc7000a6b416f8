package org.newsarchive.browse;

import java.util.List;

import org.newsarchive.article.ArticleSummary;
import org.newsarchive.outlet.OutletRef;

/**
 * One page of the articles that report a demand, by outlet, each with its passages that do; the
 * counts are over all pages.
 */
public record Coverage(long articleCount, long outletCount, List<OutletCoverage> outlets, int page, int totalPages) {

    public record OutletCoverage(OutletRef outlet, List<CoveringArticle> articles) {
    }

    public record CoveringArticle(ArticleSummary article, List<String> passages) {
    }
}
