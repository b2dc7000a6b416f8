package org.newsarchive.article;

import java.time.LocalDate;

/** What the archive holds: dates are null while it is empty. */
public record ArchiveExtent(long articles, long outlets, LocalDate firstDay, LocalDate lastDay) {

    public boolean isEmpty() {
        return articles == 0;
    }
}
