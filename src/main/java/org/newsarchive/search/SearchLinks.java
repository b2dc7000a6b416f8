package org.newsarchive.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;

import org.springframework.web.util.UriUtils;

/**
 * The addresses a search page links to: the same search with one thing changed. Parameters come in
 * a fixed order and values sorted, so each search has one address to bookmark and share; on the search
 * page, a page size other than its own is kept on every link.
 */
public record SearchLinks(SearchRequest request, boolean keepsSize) {

    /** Links to a search from elsewhere (a feed, an export), at the search page's own page size. */
    static SearchLinks of(SearchRequest request) {
        return new SearchLinks(request, false);
    }

    /** The search page's own links, which keep the page size its reader chose. */
    static SearchLinks ofPage(SearchRequest request) {
        return new SearchLinks(request, true);
    }

    public String page(int page) {
        return address("/search", request.filters(), request.from(), request.to(), request.sort(), page, true);
    }

    public String sorted(SearchSort sort) {
        return address("/search", request.filters(), request.from(), request.to(), sort, 1, true);
    }

    /** Picks the value if it is not picked, and the other way round. */
    public String toggle(Facet facet, String value) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        filters.putAll(request.filters());
        Set<String> values = new HashSet<>(request.picked(facet));
        if (!values.remove(value)) {
            values.add(value);
        }
        filters.put(facet, values);
        return address("/search", filters, request.from(), request.to(), request.sort(), 1, true);
    }

    public String dates(LocalDate from, LocalDate to) {
        return address("/search", request.filters(), from, to, request.sort(), 1, true);
    }

    public String withoutFilters() {
        return address("/search", Map.of(), null, null, request.sort(), 1, true);
    }

    /** All hits of this search, in the given format: {@code csv}, {@code json} or {@code atom}. */
    public String export(String format) {
        return address("/search/export." + format, request.filters(), request.from(), request.to(), request.sort(), 1, false);
    }

    /** Values are encoded strictly, as URI variables are: a {@code +} stays a plus. */
    private String address(String path, Map<Facet, Set<String>> filters, LocalDate from, LocalDate to,
            SearchSort sort, int page, boolean keepSize) {
        StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        BiConsumer<String, Object> add = (name, value) ->
                query.add(name + "=" + UriUtils.encode(String.valueOf(value), StandardCharsets.UTF_8));
        if (request.hasQuery()) {
            add.accept("q", request.query());
        }
        for (Facet facet : Facet.values()) {
            filters.getOrDefault(facet, Set.of()).stream().sorted().forEach(value -> add.accept(facet.param(), value));
        }
        if (from != null) {
            add.accept("from", from);
        }
        if (to != null) {
            add.accept("to", to);
        }
        if (sort != SearchSort.RELEVANCE) {
            add.accept("sort", sort.param());
        }
        if (keepSize && keepsSize && request.size() != SearchController.PAGE_SIZE) {
            add.accept("size", request.size());
        }
        if (page > 1) {
            add.accept("page", page);
        }
        return query.toString();
    }
}
