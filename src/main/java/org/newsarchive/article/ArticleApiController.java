package org.newsarchive.article;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.newsarchive.web.ApiComponents;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/articles")
@Tag(name = "Articles", description = "The archive's articles by date and outlet, each with its provenance.")
class ArticleApiController {

    private final ArticleService articles;

    ArticleApiController(ArticleService articles) {
        this.articles = articles;
    }

    /** One page of articles; {@code total} counts all that match. */
    record ArticlePage(long total, int page, int size, List<ArticleSummary> articles) {
    }

    /** {@code date} is short for {@code from} and {@code to} on the same day. */
    @GetMapping
    @Operation(operationId = "listArticles", summary = "List articles by publication date and outlet")
    @ApiResponse(responseCode = "200", description = "One page of articles.")
    @ApiResponse(responseCode = "400", ref = ApiComponents.BAD_REQUEST)
    ArticlePage list(
            @Parameter(description = "Only this day's articles; short for from and to on the same day.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Parameter(description = "Only articles published on or after this day.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Only articles published on or before this day.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Only this outlet's articles: its slug, as in outlet.slug.", example = "sputnik")
            @RequestParam(required = false) String outlet,
            @Parameter(description = "The page, from 1.") @RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page,
            @Parameter(description = "Articles on a page.") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Page<ArticleSummary> found = date != null
                ? articles.list(date, date, outlet, page, size)
                : articles.list(from, to, outlet, page, size);
        return new ArticlePage(found.getTotalElements(), page, size, found.getContent());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getArticle", summary = "One article with its provenance", description = """
            The reading text, the capture as received (rawText) and where and when it came from (sourceName, \
            importedAt, contentHash); the evidence for its date, headline and outlet; the actors, demands, quotes \
            and citations found in it, as offsets into body.""")
    @ApiResponse(responseCode = "200", description = "The article.")
    @ApiResponse(responseCode = "400", ref = ApiComponents.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = ApiComponents.NOT_FOUND)
    ArticleResponse get(@Parameter(description = "The article's id.", example = "1") @PathVariable long id) {
        return ArticleResponse.of(articles.get(id));
    }
}
