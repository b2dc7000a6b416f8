package org.newsarchive.search;

import java.util.List;
import java.util.Map;

/**
 * Counts for each facet, each computed with every filter but its own so that picking a second value
 * shows what it would add; the date histogram is by day, or by month when the hits span more than
 * {@link SearchService#DAILY_HISTOGRAM_MONTHS} months.
 */
public record Facets(Map<Facet, List<FacetValue>> values, List<DateBucket> dates, boolean datesByMonth) {

    public List<FacetValue> of(Facet facet) {
        return values.getOrDefault(facet, List.of());
    }

    /** The tallest bar of the date histogram. */
    public long maxDateCount() {
        return dates.stream().mapToLong(DateBucket::count).max().orElse(0);
    }
}
