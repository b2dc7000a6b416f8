package org.newsarchive.search;

/** One value of a facet: what it is called, how many hits have it, and whether the search is narrowed to it. */
public record FacetValue(String value, String label, long count, boolean picked) {
}
