package org.newsarchive.browse;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.newsarchive.article.ArticleService;
import org.newsarchive.article.ArticleSummary;
import org.newsarchive.outlet.Outlet;
import org.newsarchive.outlet.OutletNotFoundException;
import org.newsarchive.outlet.OutletProfile;
import org.newsarchive.outlet.OutletRepository;
import org.newsarchive.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class OutletController {

    static final int PAGE_SIZE = 20;
    static final int CITING = 20;

    private final OutletRepository outlets;
    private final OutletPageRepository pages;
    private final ArticleService articles;

    OutletController(OutletRepository outlets, OutletPageRepository pages, ArticleService articles) {
        this.outlets = outlets;
        this.pages = pages;
        this.articles = articles;
    }

    @GetMapping("/outlets")
    String list(Model model) {
        model.addAttribute("outlets", pages.findListings(null));
        return "outlet/list";
    }

    @GetMapping("/outlets/{slug}")
    @Transactional(readOnly = true)
    String show(@PathVariable String slug, @RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page,
            Model model) {
        Outlet outlet = outlets.findBySlug(slug).orElseThrow(() -> new OutletNotFoundException(slug));
        Page<ArticleSummary> published = articles.list(null, null, slug, page, PAGE_SIZE);
        model.addAttribute("outlet", OutletProfile.of(outlet));
        model.addAttribute("figures", pages.findListings(slug).get(0));
        model.addAttribute("articles", published.getContent());
        model.addAttribute("pages", PageLinks.of(published, page));
        model.addAttribute("citing", articles.citing(slug, CITING));
        return "outlet/show";
    }
}
