package org.newsarchive.compare;

import java.time.LocalDate;
import java.util.Locale;

import org.newsarchive.outlet.OutletKind;

/**
 * An outlet that covers a story, with the profile facts the admin entered, how many of the story's
 * articles are its and the day of its first.
 */
public record StoryOutlet(String slug, String name, OutletKind kind, String country, Boolean stateOwned,
        String profileSource, long articles, LocalDate firstPublished) {

    /** The country's English name, or null when unknown. */
    public String countryName() {
        return country == null ? null : new Locale("", country).getDisplayCountry(Locale.ENGLISH);
    }
}
