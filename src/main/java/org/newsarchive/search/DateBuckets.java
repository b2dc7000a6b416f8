package org.newsarchive.search;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Turns the index's counts per day into the bars of the date histogram, oldest first. */
final class DateBuckets {

    private DateBuckets() {
    }

    /** How many calendar months lie from the first to the last of {@code days}, both counted. */
    static long span(Map<LocalDate, Long> days) {
        if (days.isEmpty()) {
            return 0;
        }
        LocalDate first = days.keySet().stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.keySet().stream().max(LocalDate::compareTo).orElseThrow();
        return ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) + 1;
    }

    static List<DateBucket> days(Map<LocalDate, Long> days) {
        return new TreeMap<>(days).entrySet().stream()
                .map(day -> new DateBucket(day.getKey().toString(), day.getKey(), day.getKey(), day.getValue()))
                .toList();
    }

    static List<DateBucket> months(Map<LocalDate, Long> days) {
        return totals(days, YearMonth::from).entrySet().stream().map(entry -> new DateBucket(entry.getKey().toString(),
                entry.getKey().atDay(1), entry.getKey().atEndOfMonth(), entry.getValue())).toList();
    }

    static List<DateBucket> years(Map<LocalDate, Long> days) {
        return totals(days, day -> Year.of(day.getYear())).entrySet().stream().map(entry -> new DateBucket(
                entry.getKey().toString(), entry.getKey().atDay(1), entry.getKey().atMonth(12).atEndOfMonth(),
                entry.getValue())).toList();
    }

    private static <T extends Comparable<T>> TreeMap<T, Long> totals(Map<LocalDate, Long> days, Function<LocalDate, T> period) {
        TreeMap<T, Long> totals = new TreeMap<>();
        days.forEach((day, count) -> totals.merge(period.apply(day), count, Long::sum));
        return totals;
    }
}
