package org.newsarchive.article;

import java.time.LocalDate;

/** What the archive holds: the dates are null while it holds no dated article. */
public record ArchiveExtent(long articles, long outlets, LocalDate firstDay, LocalDate lastDay, long undated) {

    public boolean isEmpty() {
        return articles == 0;
    }

    public boolean hasDates() {
        return firstDay != null;
    }
}
