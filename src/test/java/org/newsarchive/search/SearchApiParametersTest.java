package org.newsarchive.search;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The search API's checks of its parameters, in a slice of the web layer: the controller, its validation and
 * the API's problem details, without a database or an index. A request they turn away must never reach the
 * search, which is a mock here only so that this can be checked; what a search answers is {@link SearchApiTest}'s.
 * The security filters are left out: reading the API needs no account.
 */
@WebMvcTest(SearchApiController.class)
@AutoConfigureMockMvc(addFilters = false)
class SearchApiParametersTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SearchService search;

    @MockitoBean
    SpellingSuggestions spelling;

    @AfterEach
    void theSearchWasNeverAsked() {
        verifyNoInteractions(search, spelling);
    }

    @Test
    void anOverlongQueryIsABadRequestProblem() throws Exception {
        isAProblem(mvc.perform(get("/api/search").param("q", "x".repeat(SearchParameters.MAX_QUERY_LENGTH + 1))),
                "A query may be at most 1000 characters long.");
    }

    @Test
    void aPageOutOfRangeIsABadRequestProblem() throws Exception {
        isAProblem(mvc.perform(get("/api/search").param("q", "NATO").param("page", "0")), "Pages start at 1.");
        isAProblem(mvc.perform(get("/api/search").param("q", "NATO").param("page", "99999999999")), "page");
        isAProblem(mvc.perform(get("/api/search").param("q", "NATO").param("size", "101")), "A page holds at most 100 hits.");
    }

    @Test
    void anUnknownOrderAndAnImpossibleDateAreBadRequestProblems() throws Exception {
        isAProblem(mvc.perform(get("/api/search").param("q", "NATO").param("sort", "random")), "Sort by relevance, newest or oldest.");
        isAProblem(mvc.perform(get("/api/search").param("q", "NATO").param("from", "2022-02-30")), "from");
    }

    private static void isAProblem(ResultActions answer, String detail) throws Exception {
        answer.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail", containsString(detail)));
    }
}
