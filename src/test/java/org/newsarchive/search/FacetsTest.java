package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class FacetsTest {

    @Test
    void theFirstValuesAreShownAndTheRestFolded() {
        List<FacetValue> outlets = IntStream.rangeClosed(1, 11)
                .mapToObj(i -> new FacetValue("outlet-" + i, "Outlet " + i, 100 - i, i == 1)).toList();
        Facets facets = new Facets(Map.of(Facet.OUTLET, outlets), List.of(), DateStep.YEAR, 0);

        assertThat(facets.shown(Facet.OUTLET)).isEqualTo(outlets.subList(0, Facets.SHOWN_VALUES));
        assertThat(facets.more(Facet.OUTLET)).extracting(FacetValue::value).containsExactly("outlet-9", "outlet-10", "outlet-11");
    }

    @Test
    void aShortListIsShownWhole() {
        List<FacetValue> languages = List.of(new FacetValue("en", "English", 5, false));
        Facets facets = new Facets(Map.of(Facet.LANGUAGE, languages), List.of(), DateStep.YEAR, 0);

        assertThat(facets.shown(Facet.LANGUAGE)).isEqualTo(languages);
        assertThat(facets.more(Facet.LANGUAGE)).isEmpty();
        assertThat(facets.shown(Facet.ACTOR)).isEmpty();
        assertThat(facets.more(Facet.ACTOR)).isEmpty();
    }
}
