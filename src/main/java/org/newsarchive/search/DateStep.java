package org.newsarchive.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** What one bar of the date histogram counts: a day, a month or a year of hits. */
public enum DateStep {
    DAY(ChronoUnit.DAYS, "d MMM yyyy"), MONTH(ChronoUnit.MONTHS, "MMM yyyy"), YEAR(ChronoUnit.YEARS, "yyyy");

    private final ChronoUnit length;
    private final DateTimeFormatter label;

    DateStep(ChronoUnit length, String label) {
        this.length = length;
        this.label = DateTimeFormatter.ofPattern(label, Locale.ENGLISH);
    }

    public String unit() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How many steps lie from the one starting on {@code first} to the one starting on {@code start}. */
    long stepsBetween(LocalDate first, LocalDate start) {
        return length.between(first, start);
    }

    /** The step starting on {@code start} as the rest of the site writes dates: "26 Jan 2022", "Jan 2022", "2022". */
    String label(LocalDate start) {
        return label.format(start);
    }
}
