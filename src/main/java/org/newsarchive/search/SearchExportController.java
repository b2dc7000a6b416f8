package org.newsarchive.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.rometools.rome.feed.atom.Feed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.newsarchive.web.ApiComponents;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * All hits of a search, for download or to follow: the search page's parameters, less its paging.
 * Everything that can be wrong with a request is found before the first byte is written, so that it is
 * answered as a bad request rather than as a broken file.
 */
@RestController
@Tag(name = "Search")
class SearchExportController {

    static final int FEED_ENTRIES = 50;
    static final String FILE_NAME = "news-archive-search";

    private final SearchService search;
    private final SearchFeed feeds;
    private final JsonMapper json;

    SearchExportController(SearchService search, SearchFeed feeds, JsonMapper json) {
        this.search = search;
        this.feeds = feeds;
        this.json = json;
    }

    @GetMapping("/search/export.csv")
    @Operation(operationId = "exportSearchAsCsv", summary = "Every hit of a search as CSV", description = "One row per hit: "
            + "id, title, outlet, outlet_slug, published_on, date_precision, date_basis, date_evidence, url.")
    @ApiResponse(responseCode = "200", description = "A CSV file, sent as an attachment.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", ref = ApiComponents.BAD_REQUEST)
    ResponseEntity<StreamingResponseBody> csv(@ParameterObject @Valid SearchParameters parameters) {
        SearchRequest request = known(parameters);
        return download(new MediaType("text", "csv", StandardCharsets.UTF_8), "csv",
                new CsvExport(search, request, AbsoluteLinks.ofCurrentRequest()));
    }

    @GetMapping("/search/export.json")
    @Operation(operationId = "exportSearchAsJson", summary = "Every hit of a search as JSON")
    @ApiResponse(responseCode = "200", description = "The search's address, every hit and their number, sent as an attachment.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = ApiComponents.SEARCH_EXPORT)))
    @ApiResponse(responseCode = "400", ref = ApiComponents.BAD_REQUEST)
    ResponseEntity<StreamingResponseBody> json(@ParameterObject @Valid SearchParameters parameters) {
        SearchRequest request = known(parameters);
        return download(MediaType.APPLICATION_JSON, "json",
                new JsonExport(search, json, request, AbsoluteLinks.ofCurrentRequest()));
    }

    /** The newest hits, newest first whatever order the search asks for. */
    @GetMapping("/search/export.atom")
    @Operation(operationId = "exportSearchAsAtom", summary = "The newest hits of a search as an Atom feed")
    @ApiResponse(responseCode = "200", description = "The newest hits, newest first.",
            content = @Content(mediaType = SearchFeed.ATOM, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", ref = ApiComponents.BAD_REQUEST)
    ResponseEntity<Feed> atom(@ParameterObject @Valid SearchParameters parameters, Locale locale) {
        SearchRequest request = known(parameters);
        List<ArticleHit> newest = search.newest(request, FEED_ENTRIES);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(SearchFeed.ATOM))
                .body(feeds.of(request, newest, AbsoluteLinks.ofCurrentRequest(), locale));
    }

    /** Unlike the search page, which says what it left out, a file or feed has nowhere to say it. */
    private SearchRequest known(SearchParameters parameters) {
        SearchRequest request = parameters.toRequest(SearchApiController.DEFAULT_SIZE);
        Map<Facet, Set<String>> unknown = search.unknownValues(request);
        if (!unknown.isEmpty()) {
            throw new UnknownFilterValueException(unknown);
        }
        return request;
    }

    private static ResponseEntity<StreamingResponseBody> download(MediaType type, String extension,
            StreamingResponseBody body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(FILE_NAME + "." + extension).build().toString())
                .body(body);
    }
}
