package org.newsarchive.compare;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.newsarchive.article.ArticleNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CompareController {

    private final CompareService compare;

    CompareController(CompareService compare) {
        this.compare = compare;
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
            model.addAttribute("problems", List.of(missing.getMessage()));
        }
        return "compare/view";
    }
}
