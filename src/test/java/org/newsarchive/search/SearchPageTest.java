package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ArchiveTest
class SearchPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void facetsAreCheckboxesAndPickedValuesAreRemovableChips() throws Exception {
        mvc.perform(get("/search").param("q", "NATO").param("outlet", "sputnik").param("sort", "newest"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("1 article"),
                        containsString("<input type=\"checkbox\" name=\"outlet\" value=\"sputnik\" checked=\"checked\">"),
                        containsString("<input type=\"checkbox\" name=\"outlet\" value=\"atalayar\">"),
                        containsString("Outlet: Sputnik International"),
                        containsString("href=\"/search?q=NATO&amp;sort=newest\""),
                        containsString("<option value=\"newest\" selected=\"selected\">"),
                        containsString("href=\"/search/export.csv?q=NATO&amp;outlet=sputnik&amp;sort=newest\""))));
    }

    @Test
    void aFacetListsItsFirstValuesAndFoldsTheRest() throws Exception {
        String page = mvc.perform(get("/search").param("q", "NATO")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String actors = page.substring(page.indexOf("<legend>Person or organisation</legend>"));
        actors = actors.substring(0, actors.indexOf("</fieldset>"));
        String shown = actors.substring(0, actors.indexOf("<details>"));
        String folded = actors.substring(actors.indexOf("<details>"));

        assertThat(shown.split("name=\"actor\"", -1)).hasSize(Facets.SHOWN_VALUES + 1);
        assertThat(folded).contains("<summary>22 more</summary>");
        assertThat(folded.split("name=\"actor\"", -1)).hasSize(22 + 1);
    }

    @Test
    void permalinksEncodeOperatorsSoThatTheyMeanTheSameWhenFollowed() throws Exception {
        mvc.perform(get("/search").param("q", "+Blinken -Lavrov").param("actor", "nato"))
                .andExpect(content().string(allOf(
                        containsString("href=\"/search?q=%2BBlinken%20-Lavrov\""),
                        containsString("href=\"/search/export.json?q=%2BBlinken%20-Lavrov&amp;actor=nato\""))));
    }

    @Test
    void whenFiltersExcludeEverythingItSaysHowManyMatchWithoutThem() throws Exception {
        mvc.perform(get("/search").param("q", "Tomahawk").param("outlet", "sputnik"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("No article matches this search."),
                        containsString("1 article matches without the filters</a>"),
                        containsString("href=\"/search?q=Tomahawk\""))));
    }

    @Test
    void aSearchThatFindsNothingShowsTheBestPartialMatchesAndSaysHowSearchesMatch() throws Exception {
        mvc.perform(get("/search").param("q", "+Tomahawk +Lukashenko"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No article matches this search."),
                        containsString("These articles match some of its words"),
                        containsString("<mark>Tomahawk</mark>"), containsString("Operators mean exactly what they say"))));
        mvc.perform(get("/search").param("q", "Tomahawk -missiles"))
                .andExpect(content().string(not(containsString("These articles match some of its words"))));
    }

    @Test
    void unknownFilterValuesAreNamedAndLeftOut() throws Exception {
        mvc.perform(get("/search").param("q", "NATO").param("outlet", "no-such-outlet"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("The archive knows no Outlet &quot;no-such-outlet&quot;"),
                        containsString("5 articles"))));
    }

    @Test
    void hostileQueriesGiveANormalPage() throws Exception {
        for (String query : new String[] {"\"unbalanced", "+", "-", "*", "~", "((", "NATO \u0000\u0007", "OR", "AND NOT",
                "x".repeat(SearchParameters.MAX_QUERY_LENGTH), "<script>alert(1)</script>"}) {
            mvc.perform(get("/search").param("q", query))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<script>alert"))));
        }
    }

    @Test
    void outOfBoundsParametersAreABadRequestPageSayingWhy() throws Exception {
        mvc.perform(get("/search").param("q", "x".repeat(10_000)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A query may be at most 1000 characters long.")));
        mvc.perform(get("/search").param("page", "99999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is not a valid page")));
        mvc.perform(get("/search").param("page", "-3"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pages start at 1.")));
        mvc.perform(get("/search").param("sort", "random"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Sort by relevance, newest or oldest.")));
        mvc.perform(get("/search").param("from", "2022-02-02").param("to", "2022-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The date range must not end before it starts.")));
    }

    @Test
    void theApiTakesTheSameParametersAndReportsFacets() throws Exception {
        mvc.perform(get("/api/search").param("outlet", "sputnik").param("outlet", "atalayar").param("sort", "oldest"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.hits[0].outlet.slug").value("sputnik"))
                .andExpect(jsonPath("$.facets.outlet[?(@.value == 'sputnik')].count").value(1))
                .andExpect(jsonPath("$.facets.language[0].value").value("en"))
                .andExpect(jsonPath("$.facets.date[0].value").value("2022-01-26"));
        mvc.perform(get("/api/search").param("demand", "no-such-demand"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("No demand no-such-demand."));
        mvc.perform(get("/api/search").param("size", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("A page holds at most 100 hits."));
    }

    @Test
    void anOpenedHitShowsTheQueryTermsMarked() throws Exception {
        long id = jdbc.queryForObject("select id from article where source_name = '004_4efa51a7752c072d.txt'", Long.class);
        mvc.perform(get("/articles/{id}", id).param("q", "Stoltenberg"))
                .andExpect(redirectedUrl("/articles/" + id + "/us-rejects-russia-s-demands-nato-to-continue-enlargement-policy?q=Stoltenberg"));
        mvc.perform(get("/articles/{id}/{slug}", id, "us-rejects-russia-s-demands-nato-to-continue-enlargement-policy")
                        .param("q", "Stoltenberg"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<mark>Stoltenberg</mark>"),
                        containsString("Words matching “Stoltenberg” are marked."))));
    }
}
