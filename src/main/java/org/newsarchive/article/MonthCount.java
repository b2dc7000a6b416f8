package org.newsarchive.article;

import java.time.YearMonth;

public record MonthCount(YearMonth month, long articles) {

    /** For JPQL, which yields the year and month as numbers. */
    public MonthCount(Integer year, Integer month, Long articles) {
        this(YearMonth.of(year, month), articles);
    }
}
