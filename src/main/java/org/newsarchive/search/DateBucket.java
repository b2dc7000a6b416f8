package org.newsarchive.search;

import java.time.LocalDate;

/** Hits on one day, or in the month starting on {@code start}; {@code end} is the bucket's last day. */
public record DateBucket(String value, LocalDate start, LocalDate end, long count) {
}
