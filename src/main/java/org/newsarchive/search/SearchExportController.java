package org.newsarchive.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.rometools.rome.feed.atom.Feed;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    ResponseEntity<StreamingResponseBody> csv(@Valid SearchParameters parameters) {
        SearchRequest request = known(parameters);
        return download(new MediaType("text", "csv", StandardCharsets.UTF_8), "csv",
                new CsvExport(search, request, AbsoluteLinks.ofCurrentRequest()));
    }

    @GetMapping("/search/export.json")
    ResponseEntity<StreamingResponseBody> json(@Valid SearchParameters parameters) {
        SearchRequest request = known(parameters);
        return download(MediaType.APPLICATION_JSON, "json",
                new JsonExport(search, json, request, AbsoluteLinks.ofCurrentRequest()));
    }

    /** The newest hits, newest first whatever order the search asks for. */
    @GetMapping("/search/export.atom")
    ResponseEntity<Feed> atom(@Valid SearchParameters parameters, Locale locale) {
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
