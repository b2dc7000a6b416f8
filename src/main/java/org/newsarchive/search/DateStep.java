package org.newsarchive.search;

import java.util.Locale;

/** What one bar of the date histogram counts: a day, a month or a year of hits. */
public enum DateStep {
    DAY, MONTH, YEAR;

    public String unit() {
        return name().toLowerCase(Locale.ROOT);
    }
}
