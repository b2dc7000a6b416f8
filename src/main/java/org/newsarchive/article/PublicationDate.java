package org.newsarchive.article;

import java.time.LocalDate;

/** When an article was published, how that is known, and the words or facts that show it. */
public record PublicationDate(LocalDate day, DateBasis basis, String evidence) {
}
