package org.newsarchive.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

    static final int PAGE_SIZE = 20;

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") @Size(max = SearchApiController.MAX_QUERY_LENGTH) String q,
            @RequestParam(defaultValue = "1") @Min(1) @Max(10_000) int page, Model model) {
        SearchResult result = search.search(new SearchRequest(q, page, PAGE_SIZE));
        model.addAttribute("query", q);
        model.addAttribute("page", page);
        model.addAttribute("result", result);
        model.addAttribute("hasNext", (long) page * PAGE_SIZE < result.total());
        return "search/results";
    }
}
