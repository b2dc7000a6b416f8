package org.newsarchive.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One page of hits with the facet counts. {@code unknown} holds the filter values the archive does
 * not know, which the search left out.
 */
public record SearchResult(long total, List<ArticleHit> hits, Facets facets, Map<Facet, Set<String>> unknown) {
}
