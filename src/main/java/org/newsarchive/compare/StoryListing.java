package org.newsarchive.compare;

import java.time.LocalDate;

/** A story as lists show it: its span, how many articles and outlets cover it, and those outlets' names. */
public record StoryListing(Long id, String title, LocalDate firstDay, LocalDate lastDay, long articles, long outlets,
        String outletNames) {
}
