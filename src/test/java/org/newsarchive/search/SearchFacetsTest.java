package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ArchiveTest
class SearchFacetsTest {

    @Autowired
    SearchService search;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyFacetCountsWhatTheDatabaseHolds() {
        Facets facets = search.search(SearchRequest.of("", 1, 10)).facets();

        assertThat(counts(facets, Facet.OUTLET)).isEqualTo(countsFromDatabase(
                "select o.slug, count(*) from article a join outlet o on o.id = a.outlet_id group by o.slug"));
        assertThat(counts(facets, Facet.ACTOR)).isEqualTo(countsFromDatabase("""
                select x.slug, count(distinct m.article_id) from actor_mention m join actor x on x.id = m.actor_id
                group by x.slug order by 2 desc, 1 limit %d""".formatted(SearchService.FACET_VALUES)));
        assertThat(counts(facets, Facet.DEMAND)).isEqualTo(countsFromDatabase("""
                select d.slug, count(distinct m.article_id) from demand_mention m join demand d on d.id = m.demand_id
                group by d.slug"""));
        assertThat(counts(facets, Facet.LANGUAGE)).isEqualTo(Map.of("en", 5L));
        assertThat(facets.of(Facet.LANGUAGE)).singleElement().extracting(FacetValue::label).isEqualTo("English");
        assertThat(facets.of(Facet.OUTLET)).extracting(FacetValue::label).contains("Sputnik International");
    }

    @Test
    void theDateHistogramIsByDayForANarrowSpan() {
        Facets facets = search.search(SearchRequest.of("", 1, 10)).facets();

        assertThat(facets.dateStep()).isEqualTo(DateStep.DAY);
        assertThat(facets.dates()).extracting(DateBucket::value, DateBucket::count).containsExactly(
                tuple("2022-01-26", 1L),
                tuple("2022-01-27", 3L),
                tuple("2022-02-02", 1L));
    }

    @Test
    void filtersCombineWithTheQueryAndValuesOfOneFacetAreAlternatives() {
        SearchResult result = search.search(request("NATO", Map.of(Facet.OUTLET, Set.of("sputnik", "atalayar")), null, null));

        assertThat(result.total()).isEqualTo(2);
        assertThat(result.hits()).extracting(hit -> hit.outlet().slug()).containsExactlyInAnyOrder("sputnik", "atalayar");
    }

    @Test
    void aFacetsCountsLeaveOutItsOwnFilterButKeepTheOthers() {
        SearchResult result = search.search(request("", Map.of(Facet.OUTLET, Set.of("sputnik"),
                Facet.DEMAND, Set.of("no-nato-enlargement")), null, null));

        assertThat(result.total()).isEqualTo(jdbc.queryForObject("""
                select count(distinct a.id) from article a join outlet o on o.id = a.outlet_id
                join demand_mention m on m.article_id = a.id join demand d on d.id = m.demand_id
                where o.slug = 'sputnik' and d.slug = 'no-nato-enlargement'""", Long.class));
        assertThat(counts(result.facets(), Facet.OUTLET)).isEqualTo(countsFromDatabase("""
                select o.slug, count(distinct a.id) from article a join outlet o on o.id = a.outlet_id
                join demand_mention m on m.article_id = a.id join demand d on d.id = m.demand_id
                where d.slug = 'no-nato-enlargement' group by o.slug"""));
        assertThat(result.facets().of(Facet.OUTLET)).filteredOn(FacetValue::picked)
                .extracting(FacetValue::value).containsExactly("sputnik");
    }

    @Test
    void anEmptyQueryWithFiltersIsAFilteredListing() {
        SearchResult january = search.search(request("", Map.of(Facet.OUTLET, Set.of("sputnik")),
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31)));
        SearchResult february = search.search(request("", Map.of(Facet.OUTLET, Set.of("sputnik")),
                LocalDate.of(2022, 2, 1), null));

        assertThat(january.hits()).singleElement().extracting(ArticleHit::publishedOn).isEqualTo(LocalDate.of(2022, 1, 26));
        assertThat(february.total()).isZero();
    }

    @Test
    void unknownFilterValuesAreReportedAndLeftOut() {
        SearchResult result = search.search(request("", Map.of(Facet.OUTLET, Set.of("sputnik", "no-such-outlet"),
                Facet.LANGUAGE, Set.of("xx")), null, null));

        assertThat(result.unknown()).isEqualTo(Map.of(Facet.OUTLET, Set.of("no-such-outlet"), Facet.LANGUAGE, Set.of("xx")));
        assertThat(result.total()).isEqualTo(1);
    }

    @Test
    void sortsByDateEitherWay() {
        SearchRequest newest = new SearchRequest("NATO", Map.of(), null, null, SearchSort.NEWEST, 1, 10);
        SearchRequest oldest = new SearchRequest("NATO", Map.of(), null, null, SearchSort.OLDEST, 1, 10);

        assertThat(search.search(newest).hits()).extracting(ArticleHit::publishedOn)
                .isSortedAccordingTo((a, b) -> b.compareTo(a)).first().isEqualTo(LocalDate.of(2022, 2, 2));
        assertThat(search.search(oldest).hits()).extracting(ArticleHit::publishedOn)
                .isSorted().first().isEqualTo(LocalDate.of(2022, 1, 26));
    }

    private static SearchRequest request(String query, Map<Facet, Set<String>> filters, LocalDate from, LocalDate to) {
        return new SearchRequest(query, filters, from, to, SearchSort.RELEVANCE, 1, 10);
    }

    private static Map<String, Long> counts(Facets facets, Facet facet) {
        return facets.of(facet).stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    }

    private Map<String, Long> countsFromDatabase(String sql) {
        List<Map.Entry<String, Long>> rows = jdbc.query(sql, (row, n) -> Map.entry(row.getString(1), row.getLong(2)));
        return Map.ofEntries(rows.toArray(Map.Entry[]::new));
    }
}
