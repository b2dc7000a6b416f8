package org.newsarchive.search;

import java.time.LocalDate;
import java.util.List;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.HighlightProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;
import org.newsarchive.article.DateBasis;
import org.newsarchive.outlet.OutletRef;

/**
 * One search hit, read from the index alone. Snippets are HTML-escaped body text in which only the
 * {@code <mark>} tags around matched terms are markup.
 */
@ProjectionConstructor
public record ArticleHit(
        @IdProjection Long id,
        @FieldProjection String title,
        @ObjectProjection(path = "outlet") OutletRef outlet,
        @FieldProjection LocalDate publishedOn,
        @FieldProjection DateBasis dateBasis,
        @FieldProjection String dateEvidence,
        @HighlightProjection(path = "body") List<String> snippets) {
}
