package org.newsarchive.web;

import org.newsarchive.article.ArticleService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    static final int NEWEST = 50;

    private final ArticleService articles;

    HomeController(ArticleService articles) {
        this.articles = articles;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("articles", articles.list(null, null, 1, NEWEST));
        return "home";
    }
}
