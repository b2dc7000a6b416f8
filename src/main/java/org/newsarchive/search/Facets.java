package org.newsarchive.search;

import java.util.List;
import java.util.Map;

/**
 * Counts for each facet, each computed with every filter but its own so that picking a second value
 * shows what it would add; the date histogram is by day when the hits lie within
 * {@link SearchService#DAILY_HISTOGRAM_MONTHS} months, by year when they span more than
 * {@link SearchService#MONTHLY_HISTOGRAM_MONTHS}, by month between.
 */
public record Facets(Map<Facet, List<FacetValue>> values, List<DateBucket> dates, DateStep dateStep) {

    public List<FacetValue> of(Facet facet) {
        return values.getOrDefault(facet, List.of());
    }
}
