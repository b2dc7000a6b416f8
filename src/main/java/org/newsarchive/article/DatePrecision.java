package org.newsarchive.article;

/** How much of an article's publication date is known. */
public enum DatePrecision {
    /** The day. */
    DAY,
    /** The month only; the date is stored as the month's first day and never placed on that day. */
    MONTH,
    /** Nothing: the article is undated. */
    NONE
}
