package org.newsarchive.search;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ArchiveTest
class AutocompleteApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void completesAnActorsName() throws Exception {
        mvc.perform(get("/api/suggest").param("q", "Stol"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actors[0].label").value("Jens Stoltenberg"))
                .andExpect(jsonPath("$.actors[0].url").value("/actors/jens-stoltenberg"))
                .andExpect(jsonPath("$.outlets", empty()));
    }

    @Test
    void completesAnActorByAnAliasAndShowsTheirName() throws Exception {
        mvc.perform(get("/api/suggest").param("q", "sergey riab"))
                .andExpect(jsonPath("$.actors[0].label").value("Sergei Ryabkov"));
    }

    @Test
    void completesAnOutletsName() throws Exception {
        mvc.perform(get("/api/suggest").param("q", "Sput"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outlets[0].label").value("Sputnik International"))
                .andExpect(jsonPath("$.outlets[0].url").value("/outlets/sputnik"));
        mvc.perform(get("/api/suggest").param("q", "el pai"))
                .andExpect(jsonPath("$.outlets[0].label").value("El País"));
    }

    @Test
    void completesTitlesWordByWord() throws Exception {
        mvc.perform(get("/api/suggest").param("q", "NATO a"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.titles[*].label",
                        hasItem("NATO About to Give Written Response to Russia's Security Guarantees Proposals, Report Claims")))
                .andExpect(jsonPath("$.titles[*].url", everyItem(startsWith("/articles/"))))
                .andExpect(jsonPath("$.titles", hasSize(lessThanOrEqualTo(Autocomplete.TITLES))));
    }

    @Test
    void titlesWithTheWordsInTheOrderTypedComeFirst() throws Exception {
        mvc.perform(get("/api/suggest").param("q", "russia secu"))
                .andExpect(jsonPath("$.titles", hasSize(3)))
                .andExpect(jsonPath("$.titles[0].label")
                        .value("NATO About to Give Written Response to Russia's Security Guarantees Proposals, Report Claims"));
    }

    @Test
    void searchSyntaxIsTypedText() throws Exception {
        mvc.perform(get("/api/suggest").param("q", "-\"*"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.titles", empty()));
        mvc.perform(get("/api/suggest").param("q", "NATO-Russia"))
                .andExpect(jsonPath("$.actors[0].label").value("NATO-Russia Council"));
    }

    @Test
    void missingBlankOrOverlongTextIsABadRequestProblem() throws Exception {
        for (String q : new String[] {null, "", "  ", "x".repeat(CompletionParameters.MAX_LENGTH + 1)}) {
            var request = get("/api/suggest");
            if (q != null) {
                request.param("q", q);
            }
            mvc.perform(request)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }
}
