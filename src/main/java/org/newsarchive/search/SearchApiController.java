package org.newsarchive.search;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchApiController {

    static final int DEFAULT_SIZE = 20;

    private final SearchService search;
    private final SpellingSuggestions spelling;

    SearchApiController(SearchService search, SpellingSuggestions spelling) {
        this.search = search;
        this.spelling = spelling;
    }

    /** Takes the same parameters as the search page; unknown filter values are a bad request here. */
    @GetMapping("/api/search")
    SearchResponse search(@Valid SearchParameters parameters) {
        SearchRequest request = parameters.toRequest(DEFAULT_SIZE);
        SearchResult result = search.search(request);
        if (!result.unknown().isEmpty()) {
            throw new UnknownFilterValueException(result.unknown());
        }
        return SearchResponse.of(result, spelling.of(request, result));
    }
}
