package org.newsarchive.article;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/articles")
class ArticleApiController {

    private final ArticleService articles;

    ArticleApiController(ArticleService articles) {
        this.articles = articles;
    }

    record ArticlePage(long total, int page, int size, List<ArticleSummary> articles) {
    }

    /** {@code date} is short for {@code from} and {@code to} on the same day. */
    @GetMapping
    ArticlePage list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String outlet,
            @RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Page<ArticleSummary> found = date != null
                ? articles.list(date, date, outlet, page, size)
                : articles.list(from, to, outlet, page, size);
        return new ArticlePage(found.getTotalElements(), page, size, found.getContent());
    }

    @GetMapping("/{id}")
    ArticleDetail get(@PathVariable long id) {
        return articles.get(id);
    }
}
