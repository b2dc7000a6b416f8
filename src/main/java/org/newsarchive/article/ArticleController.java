package org.newsarchive.article;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.newsarchive.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ArticleController {

    static final int PAGE_SIZE = 20;

    private final ArticleService articles;

    ArticleController(ArticleService articles) {
        this.articles = articles;
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
}
