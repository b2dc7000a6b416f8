package org.newsarchive.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.newsarchive.support.ArticleBuilder.anArticle;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsarchive.ingest.Importer;
import org.newsarchive.search.ArticleHit;
import org.newsarchive.search.SearchRequest;
import org.newsarchive.search.SearchResult;
import org.newsarchive.search.SearchService;
import org.newsarchive.search.SearchSort;
import org.newsarchive.support.ArticleBuilder;
import org.newsarchive.support.ImportingArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Articles without evidence of their date are undated, and those dated to the month are on no day. */
@ImportingArchiveTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UndatedArticlesTest {

    static final String UNDATED = "Wombat burrows found under the old Canberra racecourse";
    static final String MONTH_ONLY = "Wombat sightings rise across the Snowy Mountains";
    static final String DATED = "Wombat crossing signs go up on the Monaro Highway";

    @Autowired
    Importer importer;

    @Autowired
    SearchService search;

    @Autowired
    ArticleRepository articles;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void importArticles() {
        importArticle("wombat-undated.json", null, UNDATED, "Rangers mapped the wombat burrows on Wednesday.");
        importArticle("wombat-month.json", "https://wombat-news.example/2021/12/sightings-rise/", MONTH_ONLY,
                "Wombat sightings rose sharply this winter, rangers said.");
        importArticle("wombat-dated.json", "https://wombat-news.example/2021/12/14/crossing-signs/", DATED,
                "New wombat crossing signs were put up along the highway.");
    }

    @Test
    void theUndatedPageListsTheArticlesWithoutADateAndNoneWithOne() throws Exception {
        mvc.perform(get("/dates/undated"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Undated articles"),
                        containsString(UNDATED),
                        containsString("<span class=\"undated\""),
                        not(containsString(MONTH_ONLY)),
                        not(containsString(DATED)))));
    }

    @Test
    void aMonthOnlyArticleIsOnItsMonthPageButOnNoDay() throws Exception {
        mvc.perform(get("/dates/2021-12"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("This month, day unknown"),
                        containsString(MONTH_ONLY),
                        containsString("<time datetime=\"2021-12\">December 2021</time>"),
                        containsString("href=\"/dates/2021-12-14\""),
                        not(containsString("href=\"/dates/2021-12-01\"")),
                        containsString("href=\"/dates/undated\""))));
        mvc.perform(get("/dates/2021-12-01")).andExpect(status().isNotFound());
        mvc.perform(get("/outlets/monaro-wombat-news"))
                .andExpect(content().string(allOf(containsString("href=\"/dates/2021-12-14\""),
                        not(containsString("href=\"/dates/2021-12-01\"")))));
    }

    @Test
    void theSearchCountsUndatedHitsApartAndListsThemLast() {
        SearchResult result = search.search(new SearchRequest("wombat", Map.of(), null, null, SearchSort.NEWEST, 1, 10));

        assertThat(result.total()).isEqualTo(3);
        assertThat(result.facets().undated()).isEqualTo(1);
        assertThat(result.facets().dates()).extracting(bucket -> bucket.value() + ": " + bucket.count())
                .as("by day: the month-only article is on no day").containsExactly("2021-12-14: 1");
        assertThat(result.hits()).extracting(ArticleHit::title).containsExactly(DATED, MONTH_ONLY, UNDATED);
        assertThat(search.search(new SearchRequest("wombat", Map.of(), null, null, SearchSort.OLDEST, 1, 10)).hits())
                .extracting(ArticleHit::title).containsExactly(MONTH_ONLY, DATED, UNDATED);
    }

    @Test
    void theApiGivesAnUndatedArticleNoDateAndSaysSo() throws Exception {
        long id = articles.findAll().stream().filter(article -> article.getTitle().equals(UNDATED)).findFirst()
                .orElseThrow().getId();
        mvc.perform(get("/api/articles/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedOn").value((Object) null))
                .andExpect(jsonPath("$.datePrecision").value("NONE"))
                .andExpect(jsonPath("$.dateBasis").value("NONE"));
    }

    @Test
    void theAtomFeedGivesAnUndatedEntryItsImportTimeAsUpdatedAndNoPublishedDate() throws Exception {
        String feed = mvc.perform(get("/search/export.atom").param("q", "wombat")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String undatedEntry = feed.substring(feed.indexOf("<entry>", feed.indexOf(MONTH_ONLY)));

        assertThat(undatedEntry).contains(UNDATED).contains("<updated>").doesNotContain("<published>");
        assertThat(feed.split("<published>", -1)).hasSize(3);
    }

    private void importArticle(String name, String url, String title, String text) {
        ArticleBuilder article = anArticle(text).titled(title).from("Monaro Wombat News").inFile(name);
        assertThat((url == null ? article : article.at(url)).importWith(importer).outcomes())
                .allSatisfy(outcome -> assertThat(outcome.status()).as(outcome.toString()).hasToString("IMPORTED"));
    }
}
