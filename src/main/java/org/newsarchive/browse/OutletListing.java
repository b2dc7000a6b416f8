package org.newsarchive.browse;

import java.time.LocalDate;

import org.newsarchive.outlet.OutletKind;

/** An outlet with what the archive holds of it; the dates are null when it has no articles. */
public record OutletListing(String slug, String name, OutletKind kind, String domain, long articles,
        LocalDate firstDay, LocalDate lastDay, long citedBy) {
}
