package org.newsarchive.article;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ArchiveTest
class ArticleApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsArticlesNewestFirst() throws Exception {
        mvc.perform(get("/api/articles"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.articles", hasSize(5)))
                .andExpect(jsonPath("$.articles[0].publishedOn").value("2022-02-02"))
                .andExpect(jsonPath("$.articles[0].outlet.slug").value("unidentified"))
                .andExpect(jsonPath("$.articles[4].publishedOn").value("2022-01-26"));
    }

    @Test
    void filtersByDayAndByOutlet() throws Exception {
        mvc.perform(get("/api/articles").param("date", "2022-01-27"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/articles").param("outlet", "sputnik"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.articles[0].title").value(
                        "NATO About to Give Written Response to Russia's Security Guarantees Proposals, Report Claims"));
        mvc.perform(get("/api/articles").param("date", "2022-01-27").param("outlet", "sputnik"))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void filtersByDateRange() throws Exception {
        mvc.perform(get("/api/articles").param("from", "2022-01-27").param("to", "2022-01-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/articles").param("from", "2022-01-28"))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void rangeEndingBeforeItStartsIsABadRequestProblem() throws Exception {
        mvc.perform(get("/api/articles").param("from", "2022-02-01").param("to", "2022-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("after it ends")));
    }

    @Test
    void pagesThroughTheList() throws Exception {
        mvc.perform(get("/api/articles").param("size", "2").param("page", "3"))
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.articles", hasSize(1)));
    }

    @Test
    void malformedDateIsABadRequestProblem() throws Exception {
        mvc.perform(get("/api/articles").param("date", "2022-13-45"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail", containsString("date")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void unknownOutletIsABadRequestProblem() throws Exception {
        mvc.perform(get("/api/articles").param("outlet", "no-such-outlet"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("No outlet with slug 'no-such-outlet'"));
    }

    @Test
    void outOfRangePagingIsABadRequestProblem() throws Exception {
        mvc.perform(get("/api/articles").param("page", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/articles").param("size", "100000")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/articles").param("page", "-3"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void showsOneArticleWithEverythingItContains() throws Exception {
        long id = idOf("004_4efa51a7752c072d.txt");
        mvc.perform(get("/api/articles/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("US rejects Russia's demands: NATO to continue enlargement policy"))
                .andExpect(jsonPath("$.outlet.slug").value("atalayar"))
                .andExpect(jsonPath("$.dateBasis").value("INFERRED"))
                .andExpect(jsonPath("$.dateEvidence").isNotEmpty())
                .andExpect(jsonPath("$.rawText", containsString("Envíanos tus noticias")))
                .andExpect(jsonPath("$.body", not(containsString("Envíanos tus noticias"))))
                .andExpect(jsonPath("$.captions", hasSize(6)))
                .andExpect(jsonPath("$.actors[*].slug", hasItem("sergei-lavrov")))
                .andExpect(jsonPath("$.demands[*].slug", hasItem("no-nato-enlargement")))
                .andExpect(jsonPath("$.quotes[*].speaker.slug", hasItem("dmitry-medvedev")))
                .andExpect(jsonPath("$.citations[*].outlet.slug", hasItem("washington-post")))
                .andExpect(jsonPath("$.demandResponses[*].responder.slug", hasItem("united-states")))
                .andExpect(jsonPath("$.outlet.country").value("ES"))
                .andExpect(jsonPath("$.contentHash").isNotEmpty());
    }

    @Test
    void unknownArticleIsANotFoundProblem() throws Exception {
        mvc.perform(get("/api/articles/{id}", 999_999))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No article with id 999999"));
    }

    @Test
    void nonNumericArticleIdIsABadRequestProblem() throws Exception {
        mvc.perform(get("/api/articles/{id}", "not-a-number"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private long idOf(String sourceName) {
        return jdbc.queryForObject("select id from article where source_name = ?", Long.class, sourceName);
    }
}
