package org.newsarchive.compare;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.newsarchive.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class StoryController {

    static final int PAGE_SIZE = 20;
    static final int COVERAGE_PAGE_SIZE = 50;

    private final StoryService stories;

    StoryController(StoryService stories) {
        this.stories = stories;
    }

    @GetMapping("/stories")
    String list(@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page, Model model) {
        Page<StoryListing> listing = stories.list(page, PAGE_SIZE);
        model.addAttribute("stories", listing.getContent());
        model.addAttribute("pages", PageLinks.of(listing, page));
        return "story/list";
    }

    @GetMapping("/stories/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page,
            Model model) {
        StoryDetail detail = stories.get(id, page, COVERAGE_PAGE_SIZE);
        model.addAttribute("detail", detail);
        model.addAttribute("pages", PageLinks.of(detail.coverage(), page));
        return "story/show";
    }
}
