package org.newsarchive.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ArchiveTest
class SearchApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void answersWithTotalAndProjectedHits() throws Exception {
        mvc.perform(get("/api/search").param("q", "Tomahawk"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits", hasSize(1)))
                .andExpect(jsonPath("$.hits[0].id").isNumber())
                .andExpect(jsonPath("$.hits[0].title").value("Media revealed US and NATO responses to Russia's so-called \"security guarantees\""))
                .andExpect(jsonPath("$.hits[0].outlet.name").value("Unidentified outlet"))
                .andExpect(jsonPath("$.hits[0].outlet.slug").value("unidentified"))
                .andExpect(jsonPath("$.hits[0].publishedOn").value("2022-02-02"))
                .andExpect(jsonPath("$.hits[0].snippets[0]", containsString("<mark>Tomahawk</mark>")));
    }

    @Test
    void unbalancedSyntaxAndControlCharactersStillAnswer() throws Exception {
        mvc.perform(get("/api/search").param("q", "\"open door policy")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/search").param("q", "NATO \u0000\u0007 (")).andExpect(status().isOk());
    }
}
