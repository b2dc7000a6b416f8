package org.newsarchive.search;

/**
 * A corrected query offered when a search found nothing, with the address that runs it; {@code withoutFilters}
 * when only leaving the filters out makes the correction find something.
 */
public record SpellingSuggestion(String query, String address, boolean withoutFilters) {
}
