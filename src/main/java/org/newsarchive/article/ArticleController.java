package org.newsarchive.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.newsarchive.search.QueryHighlighter;
import org.newsarchive.search.SearchParameters;
import org.newsarchive.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class ArticleController {

    static final int PAGE_SIZE = 20;

    private final ArticleService articles;
    private final QueryHighlighter highlighter;
    private final OtherCoverage otherCoverage;

    ArticleController(ArticleService articles, QueryHighlighter highlighter, OtherCoverage otherCoverage) {
        this.articles = articles;
        this.highlighter = highlighter;
        this.otherCoverage = otherCoverage;
    }

    /** Every article, or those from {@code from} to {@code to} inclusive, newest first. */
    @GetMapping("/articles")
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page, Model model) {
        Page<ArticleSummary> listing = articles.list(from, to, null, page, PAGE_SIZE);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("articles", listing.getContent());
        model.addAttribute("pages", PageLinks.of(listing, page));
        return "article/list";
    }

    /** Addresses without the slug, or with an outdated one, move to the canonical address. */
    @GetMapping({"/articles/{id}", "/articles/{id}/{slug}"})
    String article(@PathVariable long id, @PathVariable(required = false) String slug,
            @RequestParam(required = false) @Size(max = SearchParameters.MAX_QUERY_LENGTH) String q, Model model) {
        ArticleDetail article = articles.get(id);
        boolean searched = q != null && !q.isBlank();
        if (!article.slug().equals(slug)) {
            UriComponentsBuilder canonical = UriComponentsBuilder.fromPath("/articles/{id}/{slug}");
            if (searched) {
                canonical.queryParam("q", "{q}");
            }
            return "redirect:" + canonical.encode()
                    .buildAndExpand(Map.of("id", id, "slug", article.slug(), "q", searched ? q : "")).toUriString();
        }
        model.addAttribute("article", article);
        model.addAttribute("query", searched ? q : null);
        model.addAttribute("reading", ReadingText.of(article, searched ? highlighter.spans(q, article.body()) : List.of()));
        model.addAttribute("story", articles.storyOf(id).orElse(null));
        model.addAttribute("otherCoverage", otherCoverage.of(article));
        return "article/show";
    }
}
