package org.newsarchive.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchApiController {

    static final int MAX_QUERY_LENGTH = 1000;

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    SearchResult search(@RequestParam(defaultValue = "") @Size(max = MAX_QUERY_LENGTH) String q,
            @RequestParam(defaultValue = "1") @Min(1) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return search.search(new SearchRequest(q, page, size));
    }
}
