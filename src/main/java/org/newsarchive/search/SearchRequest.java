package org.newsarchive.search;

/** A query as typed by a reader, with the page of results wanted (1-based). */
public record SearchRequest(String query, int page, int size) {

    public boolean hasQuery() {
        return query != null && !query.isBlank();
    }
}
