package org.newsarchive.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A story's articles of one day. */
public record CoverageDay(LocalDate day, List<PlacedArticle> articles) {

    /** @param articles ordered by date */
    static List<CoverageDay> of(List<PlacedArticle> articles) {
        Map<LocalDate, List<PlacedArticle>> byDay = new LinkedHashMap<>();
        for (PlacedArticle article : articles) {
            byDay.computeIfAbsent(article.publishedOn(), day -> new ArrayList<>()).add(article);
        }
        return byDay.entrySet().stream().map(e -> new CoverageDay(e.getKey(), e.getValue())).toList();
    }
}
