package org.newsarchive.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A search as the address holds it, shared by the page, the JSON API, the exports and the feed:
 * {@code q}, one or more of {@code outlet}, {@code actor}, {@code demand}, {@code language},
 * {@code from}, {@code to}, {@code sort}, {@code page}, {@code size}.
 * <p>
 * A bean bound through its setters rather than a record: Spring binds a record through its constructor,
 * and reflects on that constructor's parameters and their annotations again on every request, which
 * made every search measurably slower (bench/HISTORY.md, round 5); a bean's properties are looked up
 * once per class.
 */
public class SearchParameters {

    public static final int MAX_QUERY_LENGTH = 1000;
    static final int MAX_VALUES = 50;
    static final int MAX_PAGE = 10_000;
    static final int MAX_SIZE = 100;

    @Size(max = MAX_QUERY_LENGTH, message = "A query may be at most {max} characters long.")
    private String q;
    @Size(max = MAX_VALUES, message = "At most {max} outlets can be picked.")
    private List<String> outlet;
    @Size(max = MAX_VALUES, message = "At most {max} actors can be picked.")
    private List<String> actor;
    @Size(max = MAX_VALUES, message = "At most {max} demands can be picked.")
    private List<String> demand;
    @Size(max = MAX_VALUES, message = "At most {max} languages can be picked.")
    private List<String> language;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    @Pattern(regexp = "relevance|newest|oldest", message = "Sort by relevance, newest or oldest.")
    private String sort;
    @Min(value = 1, message = "Pages start at 1.")
    @Max(value = MAX_PAGE, message = "Pages stop at {value}.")
    private Integer page;
    @Min(value = 1, message = "A page holds at least 1 hit.")
    @Max(value = MAX_SIZE, message = "A page holds at most {value} hits.")
    private Integer size;

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<String> getOutlet() {
        return outlet;
    }

    public void setOutlet(List<String> outlet) {
        this.outlet = outlet;
    }

    public List<String> getActor() {
        return actor;
    }

    public void setActor(List<String> actor) {
        this.actor = actor;
    }

    public List<String> getDemand() {
        return demand;
    }

    public void setDemand(List<String> demand) {
        this.demand = demand;
    }

    public List<String> getLanguage() {
        return language;
    }

    public void setLanguage(List<String> language) {
        this.language = language;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    @AssertTrue(message = "The date range must not end before it starts.")
    public boolean isDateRangeInOrder() {
        return from == null || to == null || !from.isAfter(to);
    }

    SearchRequest toRequest(int defaultSize) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        put(filters, Facet.OUTLET, outlet);
        put(filters, Facet.ACTOR, actor);
        put(filters, Facet.DEMAND, demand);
        put(filters, Facet.LANGUAGE, language);
        return new SearchRequest(q, filters, from, to,
                sort == null ? SearchSort.RELEVANCE : SearchSort.fromParam(sort).orElseThrow(),
                page == null ? 1 : page, size == null ? defaultSize : size);
    }

    private static void put(Map<Facet, Set<String>> filters, Facet facet, List<String> values) {
        if (values != null) {
            filters.put(facet, Set.copyOf(values.stream().filter(value -> !value.isBlank()).map(String::strip).toList()));
        }
    }
}
