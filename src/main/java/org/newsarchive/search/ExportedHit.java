package org.newsarchive.search;

import java.time.LocalDate;

import jakarta.annotation.Nullable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;
import org.newsarchive.article.DateBasis;
import org.newsarchive.article.DatePrecision;
import org.newsarchive.outlet.OutletRef;

/**
 * One hit as the exports write it and the article page lists other coverage, read from the index alone.
 * Unlike {@link ArticleHit} it has no snippets: highlighting every hit of a large export would cost more
 * than the passages are worth in a spreadsheet, and the article page shows none.
 */
public record ExportedHit(Long id, String title, OutletRef outlet, @Nullable LocalDate publishedOn, DatePrecision datePrecision,
        DateBasis dateBasis, @Nullable String dateEvidence) {

    /** The outlet's fields are projected one by one, for the reason {@link ArticleHit} gives. */
    @ProjectionConstructor
    ExportedHit(@IdProjection Long id, @FieldProjection String title,
            @FieldProjection(path = "outlet.name") String outletName,
            @FieldProjection(path = "outlet.slug") String outletSlug,
            @FieldProjection LocalDate publishedOn, @FieldProjection DatePrecision datePrecision,
            @FieldProjection DateBasis dateBasis,
            @FieldProjection String dateEvidence) {
        this(id, title, new OutletRef(outletName, outletSlug), publishedOn, datePrecision, dateBasis, dateEvidence);
    }
}
