package org.newsarchive.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.newsarchive.web.ApiComponents;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Full-text search with filters and facet counts, and its exports.")
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
    @Operation(operationId = "searchArticles", summary = "Search the articles", description = """
            q is matched as words, "quoted phrases", -excluded words and prefix* words; each filter can be \
            repeated (outlet=a&outlet=b) and a value not in the archive is a bad request. Facet counts are \
            computed with every filter but their own.""")
    @ApiResponse(responseCode = "200", description = "One page of hits, with the facet counts of all hits.")
    @ApiResponse(responseCode = "400", ref = ApiComponents.BAD_REQUEST)
    SearchResponse search(@ParameterObject @Valid SearchParameters parameters) {
        SearchRequest request = parameters.toRequest(DEFAULT_SIZE);
        SearchResult result = search.search(request);
        if (!result.unknown().isEmpty()) {
            throw new UnknownFilterValueException(result.unknown());
        }
        return SearchResponse.of(result, spelling.of(request, result));
    }
}
