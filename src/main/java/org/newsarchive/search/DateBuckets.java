package org.newsarchive.search;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns the index's counts per day or per month into the bars of the date histogram, oldest first. */
final class DateBuckets {

    private DateBuckets() {
    }

    /** How many months lie from the first to the last of {@code months} (keys {@code YYYY-MM}), both counted. */
    static long span(Map<String, Long> months) {
        if (months.isEmpty()) {
            return 0;
        }
        TreeMap<String, Long> sorted = new TreeMap<>(months);
        return ChronoUnit.MONTHS.between(YearMonth.parse(sorted.firstKey()), YearMonth.parse(sorted.lastKey())) + 1;
    }

    static List<DateBucket> days(Map<LocalDate, Long> days) {
        return new TreeMap<>(days).entrySet().stream()
                .map(day -> new DateBucket(day.getKey().toString(), day.getKey(), day.getKey(), day.getValue()))
                .toList();
    }

    static List<DateBucket> months(Map<String, Long> months) {
        return new TreeMap<>(months).entrySet().stream().map(entry -> {
            YearMonth month = YearMonth.parse(entry.getKey());
            return new DateBucket(entry.getKey(), month.atDay(1), month.atEndOfMonth(), entry.getValue());
        }).toList();
    }

    static List<DateBucket> years(Map<String, Long> months) {
        TreeMap<Integer, Long> years = new TreeMap<>();
        // The year is the key's first four digits: parsing each month as a date costs more than the rest of this.
        months.forEach((month, count) -> years.merge(Integer.parseInt(month, 0, 4, 10), count, Long::sum));
        return years.entrySet().stream().map(entry -> {
            Year year = Year.of(entry.getKey());
            return new DateBucket(year.toString(), year.atDay(1), year.atMonth(12).atEndOfMonth(), entry.getValue());
        }).toList();
    }
}
