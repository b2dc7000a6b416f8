package org.newsarchive.ingest;

import java.time.LocalDate;
import java.time.YearMonth;

import org.newsarchive.article.DatePrecision;

/** One clue to when an article was published; a month-precise one has the month's first day. */
record DateCandidate(LocalDate day, DatePrecision precision, DateSource source, String description) {

    static DateCandidate day(LocalDate day, DateSource source, String description) {
        return new DateCandidate(day, DatePrecision.DAY, source, description);
    }

    static DateCandidate month(YearMonth month, DateSource source, String description) {
        return new DateCandidate(month.atDay(1), DatePrecision.MONTH, source, description);
    }

    /** A month agrees with any day in it. */
    boolean agreesWith(DateCandidate other) {
        if (precision == DatePrecision.MONTH || other.precision == DatePrecision.MONTH) {
            return YearMonth.from(day).equals(YearMonth.from(other.day));
        }
        return day.equals(other.day);
    }

    String shown() {
        return precision == DatePrecision.MONTH ? YearMonth.from(day).toString() : day.toString();
    }
}
