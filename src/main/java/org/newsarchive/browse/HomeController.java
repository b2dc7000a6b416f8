package org.newsarchive.browse;

import org.newsarchive.article.ArchiveCalendar;
import org.newsarchive.article.ArchiveExtent;
import org.newsarchive.article.ArticleService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    static final int NEWEST = 20;

    private final ArticleService articles;
    private final ArchiveCalendar calendar;

    HomeController(ArticleService articles, ArchiveCalendar calendar) {
        this.articles = articles;
        this.calendar = calendar;
    }

    @GetMapping("/")
    String home(Model model) {
        ArchiveExtent extent = calendar.extent();
        model.addAttribute("extent", extent);
        model.addAttribute("timeline", calendar.timeline(extent));
        model.addAttribute("articles", articles.list(null, null, null, 1, NEWEST));
        return "home";
    }
}
