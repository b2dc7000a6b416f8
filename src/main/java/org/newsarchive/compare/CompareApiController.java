package org.newsarchive.compare;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import org.newsarchive.article.DateBasis;
import org.newsarchive.article.DatePrecision;
import org.newsarchive.compare.Comparison.Summary;
import org.newsarchive.compare.ParagraphAlignment.Row;
import org.newsarchive.compare.SharedQuotes.SharedQuote;
import org.newsarchive.outlet.OutletRef;
import org.newsarchive.web.ApiComponents;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Compare", description = "Articles side by side: shared quotes, who mentions what, aligned paragraphs.")
class CompareApiController {

    private final CompareService compare;

    CompareApiController(CompareService compare) {
        this.compare = compare;
    }

    record ComparedArticle(long id, String title, OutletRef outlet, @Nullable LocalDate publishedOn,
            DatePrecision datePrecision, DateBasis dateBasis, @Nullable String originalUrl, Summary summary) {
    }

    /** Offsets are into each article's {@code body}; alignment cells index its paragraphs, split at blank lines. */
    record ComparisonResponse(List<ComparedArticle> articles, List<SharedQuote> sharedQuotes, CoverageMatrix matrix,
            List<Row> alignment) {
    }

    @GetMapping("/api/compare")
    @Operation(operationId = "compareArticles", summary = "Compare two to four articles")
    @ApiResponse(responseCode = "200", description = "The comparison, the articles in the order asked for.")
    @ApiResponse(responseCode = "400", ref = ApiComponents.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = ApiComponents.NOT_FOUND)
    ComparisonResponse compare(@Parameter(description = "The articles' ids, two to four, comma-separated or repeated.",
            example = "1,2") @RequestParam(required = false) List<String> articles) {
        CompareSelection selection = CompareSelection.of(articles);
        if (!selection.isValid()) {
            throw new InvalidComparisonException(selection);
        }
        Comparison comparison = compare.compare(selection.ids());
        return new ComparisonResponse(comparison.articles().stream().map(compared -> {
            var article = compared.article();
            return new ComparedArticle(article.id(), article.title(),
                    new OutletRef(article.outlet().name(), article.outlet().slug()), article.publishedOn(),
                    article.datePrecision(), article.dateBasis(), article.originalUrl(), compared.summary());
        }).toList(), comparison.sharedQuotes(), comparison.matrix(), comparison.rows());
    }
}
