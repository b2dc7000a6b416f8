package org.newsarchive.search;

import java.util.List;

/**
 * The JSON API's answer: hits, the counts of each facet under its parameter name, how many hits are
 * undated (in no date bucket), and when nothing matched, corrected queries that would find something.
 */
record SearchResponse(long total, List<ArticleHit> hits, FacetCounts facets, long undated, List<String> suggestions) {

    /** Each facet's values with their counts, dates last, as the search page lists them. */
    record FacetCounts(List<FacetValue> outlet, List<FacetValue> actor, List<FacetValue> demand,
            List<FacetValue> language, List<DateBucket> date) {
    }

    static SearchResponse of(SearchResult result, List<SpellingSuggestion> suggestions) {
        Facets facets = result.facets();
        return new SearchResponse(result.total(), result.hits(),
                new FacetCounts(facets.of(Facet.OUTLET), facets.of(Facet.ACTOR), facets.of(Facet.DEMAND),
                        facets.of(Facet.LANGUAGE), facets.dates()),
                facets.undated(), suggestions.stream().map(SpellingSuggestion::query).toList());
    }
}
