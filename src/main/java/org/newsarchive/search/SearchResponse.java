package org.newsarchive.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API's answer: hits, the counts of each facet keyed by its parameter name, dates last, how many
 * hits are undated (in no date bucket), and when nothing matched, corrected queries that would find something.
 */
record SearchResponse(long total, List<ArticleHit> hits, Map<String, List<?>> facets, long undated,
        List<String> suggestions) {

    static SearchResponse of(SearchResult result, List<SpellingSuggestion> suggestions) {
        Map<String, List<?>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet.param(), result.facets().of(facet));
        }
        facets.put("date", result.facets().dates());
        return new SearchResponse(result.total(), result.hits(), facets, result.facets().undated(),
                suggestions.stream().map(SpellingSuggestion::query).toList());
    }
}
