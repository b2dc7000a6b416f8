package org.newsarchive.article;

import java.time.LocalDate;

/** How many articles one outlet published on a day, or in the month starting on {@code day}. */
public record OutletCount(LocalDate day, String outletSlug, String outletName, long articles) {

    /** For JPQL month groups, which yield the year and month as numbers. */
    public OutletCount(Integer year, Integer month, String outletSlug, String outletName, Long articles) {
        this(LocalDate.of(year, month, 1), outletSlug, outletName, articles);
    }
}
