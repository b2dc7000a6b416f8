package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ArchiveTest
class SpellingSuggestionsTest {

    @Autowired
    SpellingSuggestions spelling;

    @Autowired
    SearchService search;

    @Autowired
    MockMvc mvc;

    @Test
    void suggestsTheSpellingOfANameThatTheArticlesUse() {
        assertThat(spelling.corrections("Riabkof")).first().isIn("Riabkov", "Ryabkov");
        assertThat(spelling.corrections("Stoltenbrg")).first().isEqualTo("Stoltenberg");
    }

    @Test
    void suggestsUnstemmedWords() {
        assertThat(spelling.corrections("negotiatons")).first().isEqualTo("negotiations");
    }

    @Test
    void correctsEveryMisspeltWordAndKeepsTheRestOfTheQuery() {
        assertThat(spelling.corrections("\"Stoltenbrg said\" | NATO")).first().isEqualTo("\"Stoltenberg said\" | NATO");
        assertThat(spelling.corrections("Stoltenbrg negotiatons")).first().isEqualTo("Stoltenberg negotiations");
    }

    @Test
    void leavesExcludedPrefixAndFuzzyWordsAlone() {
        assertThat(spelling.corrections("Stoltenbrg -Lavrof negotiat* Grushkov~1"))
                .first().isEqualTo("Stoltenberg -Lavrof negotiat* Grushkov~1");
    }

    @Test
    void suggestsNothingForWordsTheArchiveHolds() {
        assertThat(spelling.corrections("NATO enlargement")).isEmpty();
    }

    @Test
    void suggestsNothingForBareSyntax() {
        for (String query : new String[] {"*", "\"", "-", "", "+-|()~", "2023"}) {
            assertThat(spelling.corrections(query)).as(query).isEmpty();
        }
    }

    @Test
    void searchPageOffersTheCorrectionThatFindsSomething() throws Exception {
        mvc.perform(get("/search").param("q", "Stoltenbrg"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Did you mean")))
                .andExpect(content().string(containsString("<a href=\"/search?q=Stoltenberg\">Stoltenberg</a>?")));
    }

    @Test
    void correctionKeepsTheFiltersUnlessOnlyLeavingThemOutFindsSomething() {
        assertThat(suggestionsFor("Stoltenbrg", "atalayar"))
                .containsExactly(new SpellingSuggestion("Stoltenberg", "/search?q=Stoltenberg&outlet=atalayar", false));
        assertThat(suggestionsFor("Stoltenbrg", "sputnik"))
                .containsExactly(new SpellingSuggestion("Stoltenberg", "/search?q=Stoltenberg", true));
    }

    @Test
    void jsonApiListsCorrectionsOnlyWhenNothingMatched() throws Exception {
        mvc.perform(get("/api/search").param("q", "Stoltenbrg"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.suggestions", contains("Stoltenberg")));
        mvc.perform(get("/api/search").param("q", "Stoltenberg"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.suggestions", empty()));
    }

    private List<SpellingSuggestion> suggestionsFor(String query, String outlet) {
        SearchRequest request = new SearchRequest(query, Map.of(Facet.OUTLET, Set.of(outlet)), null, null,
                SearchSort.RELEVANCE, 1, 20);
        return spelling.of(request, search.search(request));
    }
}
