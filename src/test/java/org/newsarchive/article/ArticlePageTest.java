package org.newsarchive.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.search.ExportedHit;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@ArchiveTest
class ArticlePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void addressWithoutTheSlugMovesToTheCanonicalAddress() throws Exception {
        long id = idOf("004_4efa51a7752c072d.txt");
        String canonical = "/articles/" + id + "/us-rejects-russia-s-demands-nato-to-continue-enlargement-policy";
        mvc.perform(get("/articles/{id}", id)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(canonical));
        mvc.perform(get("/articles/{id}/old-title", id)).andExpect(redirectedUrl(canonical));
    }

    @Test
    void showsTheArticleWithItsProvenanceQuotesCaptionsAndRawText() throws Exception {
        long id = idOf("004_4efa51a7752c072d.txt");
        mvc.perform(get("/articles/{id}/{slug}", id, "us-rejects-russia-s-demands-nato-to-continue-enlargement-policy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>US rejects Russia&#39;s demands: NATO to continue enlargement policy</h1>")))
                .andExpect(content().string(containsString("about 27 Jan 2022")))
                .andExpect(content().string(containsString("inferred, not stated")))
                .andExpect(content().string(containsString("https://atalayar.com/en/content/us-rejects-russias-demands-nato-continue-enlargement-policy")))
                .andExpect(content().string(containsString("class=\"quote\" id=\"quote-1\"")))
                .andExpect(content().string(containsString("title=\"Dmitry Medvedev: ")))
                .andExpect(content().string(containsString("<li>AP/EVAN VUCCI - Secretary of State Antony Blinken</li>")))
                .andExpect(content().string(containsString("Envíanos tus noticias")))
                .andExpect(content().string(containsString("The Washington Post")));
    }

    @Test
    void theReadingTextShowsTheCleanBodyOnceWithEachQuoteMarkedInPlace() throws Exception {
        long id = idOf("001_3e1338e84fc86e8a.txt");
        String page = mvc.perform(get("/articles/{id}", id).param("q", "Belgium")).andReturn().getResponse().getRedirectedUrl();
        String html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String body = html.substring(html.indexOf("<div class=\"body\">"), html.indexOf("<aside class=\"captions\"") > 0
                ? html.indexOf("<aside class=\"captions\"") : html.indexOf("<section aria-labelledby=\"quotes-heading\">"));
        String text = body.replaceAll("(?s)<sup>.*?</sup>", "").replaceAll("<[^>]+>", "").replaceAll("\\s+", " ")
                .replace("&#39;", "'").replace("&quot;", "\"");
        String clean = jdbc.queryForObject("select body from article where id = ?", String.class, id).replaceAll("\\s+", " ");
        assertThat(text.strip()).isEqualTo(clean.strip());
        assertThat(body).contains("id=\"quote-1\"", "<mark>Belgium</mark>");
    }

    @Test
    void theUnlocatedArticleSaysSoAndNamesNoOutlet() throws Exception {
        long id = idOf("002_73428c9fd92591ec.txt");
        MvcResult page = mvc.perform(get("/articles/" + id + "/media-revealed-us-and-nato-responses-to-russia-s-so-called-security-guarantees"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The original address could not be located.")))
                .andExpect(content().string(containsString("Unidentified outlet")))
                .andExpect(content().string(not(containsString("fbpx</p>"))))
                .andReturn();
        @SuppressWarnings("unchecked")
        List<ExportedHit> others = (List<ExportedHit>) page.getModelAndView().getModel().get("otherCoverage");
        assertThat(others).isNotEmpty().noneMatch(hit -> hit.id() == id);
    }

    @Test
    void unknownArticleIsANotFoundPage() throws Exception {
        mvc.perform(get("/articles/{id}", 987_654)).andExpect(status().isNotFound());
    }

    private long idOf(String sourceName) {
        return jdbc.queryForObject("select id from article where source_name = ?", Long.class, sourceName);
    }
}
