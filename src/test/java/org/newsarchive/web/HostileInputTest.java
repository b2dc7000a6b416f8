package org.newsarchive.web;

import static org.newsarchive.support.CleanAnswer.assertClean;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.HostileInputs;
import org.newsarchive.support.Slow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Throws random and hostile strings at every query parameter and path segment readers can type:
 * none may get a 5xx or an exception's text back. The seed is fixed, and named in each try's name, so
 * that a failure replays.
 */
@ArchiveTest
@Slow
class HostileInputTest {

    static final long SEED = 20220126;
    static final int TRIES = 40;
    static final String TRY = "seed " + SEED + ", try {index}";

    @Autowired
    MockMvc mvc;

    static Stream<String> hostile() {
        HostileInputs inputs = new HostileInputs(SEED);
        return Stream.generate(inputs::queryValue).limit(TRIES);
    }

    @ParameterizedTest(name = TRY)
    @MethodSource("hostile")
    void searchPage(String value) throws Exception {
        survives(get("/search").param("q", value));
        survives(get("/search").param("outlet", value).param("actor", value).param("demand", value).param("language", value));
        survives(get("/search").param("from", value).param("to", value).param("sort", value).param("page", value));
    }

    @ParameterizedTest(name = TRY)
    @MethodSource("hostile")
    void searchApiSuggestionsAndExports(String value) throws Exception {
        survives(get("/api/search").param("q", value).param("size", value));
        survives(get("/api/suggest").param("q", value));
        survives(get("/search/export.csv").param("q", value));
        survives(get("/search/export.atom").param("q", value).param("outlet", value));
    }

    @ParameterizedTest(name = TRY)
    @MethodSource("hostile")
    void browsingPages(String value) throws Exception {
        survives(get("/articles").param("from", value).param("to", value).param("page", value));
        survives(get("/api/articles").param("date", value).param("outlet", value).param("size", value));
        survives(get("/dates/{value}", value));
        survives(get("/outlets/{slug}", value).param("page", value));
        survives(get("/actors/{slug}", value));
        survives(get("/demands/{slug}", value).param("page", value));
        survives(get("/stories/{id}", value));
        survives(get("/articles/{id}", value).param("q", value));
    }

    @ParameterizedTest(name = TRY)
    @MethodSource("hostile")
    void comparisons(String value) throws Exception {
        survives(get("/compare").param("articles", value));
        survives(get("/compare").param("with", value));
        survives(get("/api/compare").param("articles", value));
    }

    private void survives(MockHttpServletRequestBuilder request) throws Exception {
        assertClean(mvc.perform(request).andReturn().getResponse());
    }
}
