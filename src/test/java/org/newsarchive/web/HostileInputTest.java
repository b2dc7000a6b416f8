package org.newsarchive.web;

import static org.newsarchive.support.CleanAnswer.assertClean;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.spring.JqwikSpringSupport;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Throws random and hostile strings at every query parameter and path segment readers can type:
 * none may get a 5xx or an exception's text back. The seed is fixed so that a failure replays.
 */
@JqwikSpringSupport
@ArchiveTest
class HostileInputTest {

    static final String SEED = "20220126";
    static final int TRIES = 40;

    @Autowired
    MockMvc mvc;

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("\"*~+-|()<>&%;'\\/\u0000\u0007\u202e\ufffd").ofMaxLength(20),
                Arbitraries.of("<script>alert(1)</script>", "' OR 1=1 --", "%00", "../../etc/passwd", "${7*7}",
                        "*", "\"", "-", "+", "~", "((", "OR", "NOT", "2022-02-30", "9999-99-99", "-1",
                        "99999999999999999999", "1,2,3,4,5", ",", "\uD83D\uDCF0", "x".repeat(5000)),
                Arbitraries.strings().ascii().ofMinLength(900).ofMaxLength(1100));
    }

    @Property(tries = TRIES, seed = SEED)
    void searchPage(@ForAll("hostile") String value) throws Exception {
        survives(get("/search").param("q", value));
        survives(get("/search").param("outlet", value).param("actor", value).param("demand", value).param("language", value));
        survives(get("/search").param("from", value).param("to", value).param("sort", value).param("page", value));
    }

    @Property(tries = TRIES, seed = SEED)
    void searchApiSuggestionsAndExports(@ForAll("hostile") String value) throws Exception {
        survives(get("/api/search").param("q", value).param("size", value));
        survives(get("/api/suggest").param("q", value));
        survives(get("/search/export.csv").param("q", value));
        survives(get("/search/export.atom").param("q", value).param("outlet", value));
    }

    @Property(tries = TRIES, seed = SEED)
    void browsingPages(@ForAll("hostile") String value) throws Exception {
        survives(get("/articles").param("from", value).param("to", value).param("page", value));
        survives(get("/api/articles").param("date", value).param("outlet", value).param("size", value));
        survives(get("/dates/{value}", value));
        survives(get("/outlets/{slug}", value).param("page", value));
        survives(get("/actors/{slug}", value));
        survives(get("/demands/{slug}", value).param("page", value));
        survives(get("/stories/{id}", value));
        survives(get("/articles/{id}", value).param("q", value));
    }

    @Property(tries = TRIES, seed = SEED)
    void comparisons(@ForAll("hostile") String value) throws Exception {
        survives(get("/compare").param("articles", value));
        survives(get("/compare").param("with", value));
        survives(get("/api/compare").param("articles", value));
    }

    private void survives(MockHttpServletRequestBuilder request) throws Exception {
        assertClean(mvc.perform(request).andReturn().getResponse());
    }
}
