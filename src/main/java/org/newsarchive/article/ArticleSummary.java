package org.newsarchive.article;

import java.time.LocalDate;

import jakarta.annotation.Nullable;
import org.newsarchive.outlet.OutletRef;

/** An article as lists show it. */
public record ArticleSummary(Long id, String slug, String title, OutletRef outlet, @Nullable LocalDate publishedOn,
        DatePrecision datePrecision, DateBasis dateBasis, @Nullable String dateEvidence) {

    /** For JPQL constructor expressions, which cannot build the nested outlet. */
    public ArticleSummary(Long id, String slug, String title, String outletName, String outletSlug,
            LocalDate publishedOn, DatePrecision datePrecision, DateBasis dateBasis, String dateEvidence) {
        this(id, slug, title, new OutletRef(outletName, outletSlug), publishedOn, datePrecision, dateBasis, dateEvidence);
    }
}
