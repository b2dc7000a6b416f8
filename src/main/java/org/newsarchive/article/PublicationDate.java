package org.newsarchive.article;

import java.time.LocalDate;

/**
 * When an article was published, to what precision, how that is known, and the words or facts that
 * show it. An undated article has no day; a month-precise one has the month's first day.
 */
public record PublicationDate(LocalDate day, DatePrecision precision, DateBasis basis, String evidence) {

    public static PublicationDate undated(String evidence) {
        return new PublicationDate(null, DatePrecision.NONE, DateBasis.NONE, evidence);
    }

    public boolean isUndated() {
        return day == null;
    }
}
