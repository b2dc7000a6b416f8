package org.newsarchive.ingest;

import org.newsarchive.article.DateBasis;

/** Where a date candidate was found, in order of trust: the first source with a candidate wins. */
enum DateSource {
    HEADER_LINE(DateBasis.HEADER_LINE),
    GIVEN(DateBasis.GIVEN),
    PAGE(DateBasis.IN_TEXT),
    URL(DateBasis.URL),
    /** A date the page labels as a later change: the URL says more about first publication. */
    PAGE_UPDATE(DateBasis.IN_TEXT),
    /** A dateline or text reference without its year, resolved against the chosen date: evidence only. */
    TEXT_REFERENCE(DateBasis.INFERRED);

    private final DateBasis basis;

    DateSource(DateBasis basis) {
        this.basis = basis;
    }

    DateBasis basis() {
        return basis;
    }
}
