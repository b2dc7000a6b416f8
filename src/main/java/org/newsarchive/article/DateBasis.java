package org.newsarchive.article;

/** How an article's publication date is known. */
public enum DateBasis {
    /** A leading "date YYYY-MM-DD" line of the capture. */
    HEADER_LINE,
    /** A dateline or timestamp in the article text. */
    IN_TEXT,
    /** The date path of the article's URL. */
    URL,
    /** Worked out from the events the text reports; shown as approximate. */
    INFERRED
}
