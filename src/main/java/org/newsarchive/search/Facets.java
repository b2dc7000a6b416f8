package org.newsarchive.search;

import java.util.List;
import java.util.Map;

/**
 * Counts for each facet, each computed with every filter but its own so that picking a second value
 * shows what it would add; the date histogram is by day when the hits lie within
 * {@link SearchService#DAILY_HISTOGRAM_MONTHS} months, by year when they span more than
 * {@link SearchService#MONTHLY_HISTOGRAM_MONTHS}, by month between. Undated hits are in no bucket and counted
 * apart.
 */
public record Facets(Map<Facet, List<FacetValue>> values, List<DateBucket> dates, DateStep dateStep, long undated) {

    /** How many values of a facet the search page lists before it folds the rest away. */
    static final int SHOWN_VALUES = 8;

    public List<FacetValue> of(Facet facet) {
        return values.getOrDefault(facet, List.of());
    }

    /** The values listed at once: the picked ones first, then the most frequent. */
    public List<FacetValue> shown(Facet facet) {
        List<FacetValue> all = of(facet);
        return all.subList(0, Math.min(SHOWN_VALUES, all.size()));
    }

    /** The values after {@link #shown}, folded away on the search page. */
    public List<FacetValue> more(Facet facet) {
        List<FacetValue> all = of(facet);
        return all.subList(Math.min(SHOWN_VALUES, all.size()), all.size());
    }
}
