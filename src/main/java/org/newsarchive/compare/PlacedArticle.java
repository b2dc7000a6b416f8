package org.newsarchive.compare;

import java.time.LocalDate;

import org.newsarchive.article.DateBasis;
import org.newsarchive.article.DatePrecision;
import org.newsarchive.outlet.OutletRef;

/** An article as its story lists it: where it appeared, how like the story it is, and what it copies, if anything. */
public record PlacedArticle(Long id, String slug, String title, OutletRef outlet, LocalDate publishedOn,
        DatePrecision datePrecision, DateBasis dateBasis, String dateEvidence, double similarity, Original copyOf, StoryArticle.PlacedBy placedBy) {

    /** The article whose text a republication carries. */
    public record Original(Long id, String slug, String title) {
    }

    /** For JPQL constructor expressions, which cannot build the nested records; the original's fields may be null. */
    public PlacedArticle(Long id, String slug, String title, String outletName, String outletSlug, LocalDate publishedOn,
            DatePrecision datePrecision, DateBasis dateBasis, String dateEvidence, double similarity, Long originalId, String originalSlug,
            String originalTitle, StoryArticle.PlacedBy placedBy) {
        this(id, slug, title, new OutletRef(outletName, outletSlug), publishedOn, datePrecision, dateBasis, dateEvidence, similarity,
                originalId == null ? null : new Original(originalId, originalSlug, originalTitle), placedBy);
    }

    public long similarityPercent() {
        return Math.round(similarity * 100);
    }
}
