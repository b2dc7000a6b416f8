package org.newsarchive.browse;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.newsarchive.article.ArticleDetail;
import org.newsarchive.article.ArticleService;
import org.newsarchive.article.ReadingText;
import org.newsarchive.compare.StoryService;
import org.newsarchive.search.QueryHighlighter;
import org.newsarchive.search.SearchParameters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** An article with its provenance, the words a search found in it, its story and the other coverage like it. */
@Controller
class ArticlePageController {

    private final ArticleService articles;
    private final StoryService stories;
    private final QueryHighlighter highlighter;
    private final OtherCoverage otherCoverage;

    ArticlePageController(ArticleService articles, StoryService stories, QueryHighlighter highlighter,
            OtherCoverage otherCoverage) {
        this.articles = articles;
        this.stories = stories;
        this.highlighter = highlighter;
        this.otherCoverage = otherCoverage;
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
        model.addAttribute("story", stories.placementOf(id).orElse(null));
        model.addAttribute("otherCoverage", otherCoverage.of(article));
        return "article/show";
    }
}
