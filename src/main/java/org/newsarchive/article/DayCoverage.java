package org.newsarchive.article;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsarchive.outlet.OutletRef;

/** One day's articles grouped by outlet, and the nearest days before and after that have articles (or null). */
public record DayCoverage(LocalDate day, List<OutletArticles> outlets, int articles, LocalDate previous,
        LocalDate next) {

    public record OutletArticles(OutletRef outlet, List<ArticleSummary> articles) {
    }

    /** @param articles ordered by outlet */
    static DayCoverage of(LocalDate day, List<ArticleSummary> articles, LocalDate previous, LocalDate next) {
        Map<OutletRef, List<ArticleSummary>> byOutlet = new LinkedHashMap<>();
        for (ArticleSummary article : articles) {
            byOutlet.computeIfAbsent(article.outlet(), outlet -> new ArrayList<>()).add(article);
        }
        return new DayCoverage(day, byOutlet.entrySet().stream()
                .map(e -> new OutletArticles(e.getKey(), e.getValue())).toList(), articles.size(), previous, next);
    }

    public YearMonth month() {
        return YearMonth.from(day);
    }

    public boolean isEmpty() {
        return articles == 0;
    }
}
