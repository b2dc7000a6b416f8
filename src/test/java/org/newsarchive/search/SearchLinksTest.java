package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SearchLinksTest {

    @Test
    void valuesAreEncodedStrictlySoThatAPlusStaysAPlus() {
        SearchRequest request = new SearchRequest("+NATO \"El País\" a&b", Map.of(Facet.OUTLET, Set.of("sputnik", "atalayar")),
                LocalDate.of(2022, 1, 1), null, SearchSort.NEWEST, 3, 20);

        assertThat(SearchLinks.of(request).page(2)).isEqualTo(
                "/search?q=%2BNATO%20%22El%20Pa%C3%ADs%22%20a%26b&outlet=atalayar&outlet=sputnik&from=2022-01-01&sort=newest&page=2");
    }

    @Test
    void aSearchWithNothingToSayIsThePathAlone() {
        assertThat(SearchLinks.of(SearchRequest.of("", 1, 20)).page(1)).isEqualTo("/search");
    }

    @Test
    void pickingAPickedValueLeavesItOut() {
        SearchRequest request = new SearchRequest("", Map.of(Facet.ACTOR, Set.of("lavrov")), null, null,
                SearchSort.RELEVANCE, 1, 20);

        assertThat(SearchLinks.of(request).toggle(Facet.ACTOR, "lavrov")).isEqualTo("/search");
        assertThat(SearchLinks.of(request).toggle(Facet.ACTOR, "blinken")).isEqualTo("/search?actor=blinken&actor=lavrov");
    }

    @Test
    void theSearchPageKeepsAChosenPageSizeOnItsLinksButNotOnItsExports() {
        SearchRequest request = new SearchRequest("NATO", Map.of(), null, null, SearchSort.OLDEST, 2, 5);

        assertThat(SearchLinks.ofPage(request).page(3)).isEqualTo("/search?q=NATO&sort=oldest&size=5&page=3");
        assertThat(SearchLinks.ofPage(request).toggle(Facet.OUTLET, "sputnik")).isEqualTo("/search?q=NATO&outlet=sputnik&sort=oldest&size=5");
        assertThat(SearchLinks.ofPage(request).export("csv")).isEqualTo("/search/export.csv?q=NATO&sort=oldest");
        assertThat(SearchLinks.of(request).page(1)).isEqualTo("/search?q=NATO&sort=oldest");
        assertThat(SearchLinks.ofPage(SearchRequest.of("NATO", 1, SearchController.PAGE_SIZE)).page(2)).isEqualTo("/search?q=NATO&page=2");
    }
}
