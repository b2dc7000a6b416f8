package org.newsarchive.search;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns the index's counts per date into the bars of the date histogram, oldest first: per day for days, and
 * per day or per month (keyed by its first day) for months and years.
 */
final class DateBuckets {

    private DateBuckets() {
    }

    /** How many calendar months lie from the first to the last of {@code dates}, both counted. */
    static long span(Map<LocalDate, Long> dates) {
        if (dates.isEmpty()) {
            return 0;
        }
        LocalDate first = dates.keySet().stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dates.keySet().stream().max(LocalDate::compareTo).orElseThrow();
        return ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) + 1;
    }

    static List<DateBucket> days(Map<LocalDate, Long> days) {
        return new TreeMap<>(days).entrySet().stream()
                .map(day -> new DateBucket(day.getKey().toString(), day.getKey(), day.getKey(), day.getValue()))
                .toList();
    }

    static List<DateBucket> months(Map<LocalDate, Long> dates) {
        return totals(dates, YearMonth::from).entrySet().stream().map(entry -> new DateBucket(entry.getKey().toString(),
                entry.getKey().atDay(1), entry.getKey().atEndOfMonth(), entry.getValue())).toList();
    }

    static List<DateBucket> years(Map<LocalDate, Long> dates) {
        return totals(dates, day -> Year.of(day.getYear())).entrySet().stream().map(entry -> new DateBucket(
                entry.getKey().toString(), entry.getKey().atDay(1), entry.getKey().atMonth(12).atEndOfMonth(),
                entry.getValue())).toList();
    }

    private static <T extends Comparable<T>> TreeMap<T, Long> totals(Map<LocalDate, Long> dates, Function<LocalDate, T> period) {
        TreeMap<T, Long> totals = new TreeMap<>();
        dates.forEach((day, count) -> totals.merge(period.apply(day), count, Long::sum));
        return totals;
    }
}
