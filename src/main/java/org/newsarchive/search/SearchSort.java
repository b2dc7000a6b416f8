package org.newsarchive.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How hits are ordered; without a query, relevance means newest first. */
public enum SearchSort {
    RELEVANCE, NEWEST, OLDEST;

    /** The value as it appears in addresses. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<SearchSort> fromParam(String param) {
        return Arrays.stream(values()).filter(sort -> sort.param().equals(param)).findFirst();
    }
}
