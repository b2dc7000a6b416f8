package org.newsarchive.article;

import org.newsarchive.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ArticleController {

    static final int OTHER_COVERAGE = 5;

    private final ArticleService articles;
    private final SearchService search;

    ArticleController(ArticleService articles, SearchService search) {
        this.articles = articles;
        this.search = search;
    }

    /** Addresses without the slug, or with an outdated one, move to the canonical address. */
    @GetMapping({"/articles/{id}", "/articles/{id}/{slug}"})
    String article(@PathVariable long id, @PathVariable(required = false) String slug, Model model) {
        ArticleDetail article = articles.get(id);
        if (!article.slug().equals(slug)) {
            return "redirect:/articles/" + id + "/" + article.slug();
        }
        model.addAttribute("article", article);
        model.addAttribute("reading", ReadingText.of(article));
        model.addAttribute("otherCoverage", search.similarTo(id, article.title() + "\n" + article.body(), OTHER_COVERAGE));
        return "article/show";
    }
}
