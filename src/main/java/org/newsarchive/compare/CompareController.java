package org.newsarchive.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.newsarchive.article.ArticleNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CompareController {

    private final CompareService compare;
    private final StoryService stories;

    CompareController(CompareService compare, StoryService stories) {
        this.compare = compare;
        this.stories = stories;
    }

    /** An article beside the rest of its story's coverage, most similar first, up to four in all. */
    @GetMapping(path = "/compare", params = "with")
    String withItsStory(@RequestParam long with, Model model, HttpServletResponse response) {
        List<Long> others = stories.storyOf(with).map(StoryMembership::otherArticleIds).orElse(List.of());
        if (others.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("problems", List.of("Article " + with + " is the only coverage of its story in the archive."));
            return "compare/view";
        }
        List<Long> ids = new ArrayList<>(List.of(with));
        ids.addAll(others.subList(0, Math.min(others.size(), CompareSelection.MOST - 1)));
        return "redirect:/compare?articles=" + ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** A selection that cannot be compared is answered with this page saying why, as a 400 or a 404. */
    @GetMapping("/compare")
    String compare(@RequestParam(required = false) List<String> articles, Model model, HttpServletResponse response) {
        CompareSelection selection = CompareSelection.of(articles);
        if (!selection.isValid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", selection.problems());
            return "compare/view";
        }
        try {
            model.addAttribute("comparison", compare.compare(selection.ids()));
        } catch (ArticleNotFoundException missing) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("problems", List.of(missing.getBody().getDetail()));
        }
        return "compare/view";
    }
}
