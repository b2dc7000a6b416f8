package org.newsarchive.article;

/** How an article's publication date is known. */
public enum DateBasis {
    /** A leading "date YYYY-MM-DD" (or "date YYYY-MM") line of the capture. */
    HEADER_LINE,
    /** Given with the import, beside the text (a sidecar file, a JSON record, the API). */
    GIVEN,
    /** A timestamp or date line at the top of the page, or a labelled one ("Published: ..."). */
    IN_TEXT,
    /** The date path of the article's URL. */
    URL,
    /** Worked out from the events the text reports; shown as approximate. */
    INFERRED,
    /** No evidence at all: the article is undated. */
    NONE
}
