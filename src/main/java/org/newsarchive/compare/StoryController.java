package org.newsarchive.compare;

import jakarta.servlet.http.HttpServletResponse;
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

    /** A page past the last says so, as a 404, and leads back. */
    @GetMapping("/stories")
    String list(@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page, Model model, HttpServletResponse response) {
        Page<StoryListing> listing = stories.list(page, PAGE_SIZE);
        boolean pastEnd = page > 1 && page > listing.getTotalPages();
        if (pastEnd) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("stories", listing.getContent());
        model.addAttribute("pages", PageLinks.of(listing, page));
        model.addAttribute("pastEnd", pastEnd);
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
