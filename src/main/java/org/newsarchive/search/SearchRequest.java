package org.newsarchive.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A search: the query as typed, the values picked for each facet (any of them may match), an
 * inclusive date range whose ends may be null, the order, and the page wanted (1-based).
 */
public record SearchRequest(String query, Map<Facet, Set<String>> filters, LocalDate from, LocalDate to,
        SearchSort sort, int page, int size) {

    public SearchRequest {
        query = QueryText.clean(query);
        EnumMap<Facet, Set<String>> picked = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                picked.put(facet, Set.copyOf(values));
            }
        });
        filters = Map.copyOf(picked);
    }

    public static SearchRequest of(String query, int page, int size) {
        return new SearchRequest(query, Map.of(), null, null, SearchSort.RELEVANCE, page, size);
    }

    public boolean hasQuery() {
        return !query.isEmpty();
    }

    public boolean isFiltered() {
        return !filters.isEmpty() || from != null || to != null;
    }

    public Set<String> picked(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    /** The same search without its filters, to tell a reader what they excluded. */
    public SearchRequest withoutFilters() {
        return new SearchRequest(query, Map.of(), null, null, sort, 1, size);
    }

    public SearchRequest sortedBy(SearchSort sort) {
        return new SearchRequest(query, filters, from, to, sort, page, size);
    }

    /** Another query with the same filters and order, from its first page. */
    public SearchRequest withQuery(String query) {
        return new SearchRequest(query, filters, from, to, sort, 1, size);
    }

    public SearchRequest withFilters(Map<Facet, Set<String>> filters) {
        return new SearchRequest(query, filters, from, to, sort, page, size);
    }
}
