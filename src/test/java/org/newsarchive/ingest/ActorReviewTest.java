package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.newsarchive.support.AdminAccount;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names the recogniser finds become detected actors, tagged at once and listed in /admin/actors, where
 * an editor accepts, merges or rejects them; a rejected name stays rejected in later imports.
 */
@ArchiveTest
@TestPropertySource(properties = "news-archive.test.database=actor-review")
@Execution(ExecutionMode.CONCURRENT)
class ActorReviewTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void aFoundNameIsADetectedActorWithItsEvidenceTaggedAndListedForReview() throws Exception {
        long article = importArticle("Geneva talks end", """
                Deputy Secretary of State Wendy Sherman met her Russian counterpart in Geneva on Monday.
                Sherman said the talks had been frank and that no decision was made.""");
        assertThat(jdbc.queryForMap("select status, evidence, confidence from actor where slug = 'wendy-sherman'"))
                .containsEntry("status", "DETECTED").containsEntry("evidence", "title «Deputy Secretary»")
                .containsEntry("confidence", 0.9);
        assertThat(mentions("wendy-sherman", article)).containsExactly("Wendy Sherman", "Sherman");
        mvc.perform(get("/api/articles/{id}", article)).andExpect(jsonPath("$.actors[?(@.slug == 'wendy-sherman')].detected").value(true));
        mvc.perform(get("/articles/{id}/geneva-talks-end", article)).andExpect(status().isOk())
                .andExpect(content().string(containsString("title «Deputy Secretary»")));
        mvc.perform(get("/actors/wendy-sherman")).andExpect(status().isOk())
                .andExpect(content().string(containsString("awaiting an editor’s review: title «Deputy Secretary»")));
        mvc.perform(get("/admin/actors").with(user(AdminAccount.USERNAME))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Wendy Sherman")))
                .andExpect(content().string(containsString("title «Deputy Secretary»")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));

        mvc.perform(post("/admin/actors/wendy-sherman/accept").with(user(AdminAccount.USERNAME)).with(csrf()))
                .andExpect(redirectedUrl("/admin/actors"));
        assertThat(jdbc.queryForObject("select status from actor where slug = 'wendy-sherman'", String.class)).isEqualTo("KNOWN");
    }

    @Test
    void reviewingNeedsTheAdminAndACsrfToken() throws Exception {
        importArticle("Kremlin comment", "Kremlin spokesman Dmitry Peskov said Moscow would study the reply.");
        mvc.perform(get("/admin/actors")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/actors/dmitry-peskov/reject").with(user(AdminAccount.USERNAME))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select status from actor where slug = 'dmitry-peskov'", String.class)).isEqualTo("DETECTED");
    }

    @Test
    void mergingMovesTheMentionsAndMakesTheNameAnAliasSoLaterImportsTagTheActor() throws Exception {
        long article = importArticle("Briefing", "State Department spokesman Edward Price said the reply was ready.");
        assertThat(mentions("edward-price", article)).containsExactly("Edward Price");
        mvc.perform(post("/admin/actors/edward-price/merge").param("into", "Nobody Known").with(user(AdminAccount.USERNAME)).with(csrf()))
                .andExpect(redirectedUrl("/admin/actors")).andExpect(flash().attribute("unknownTarget", "Nobody Known"));
        assertThat(mentions("edward-price", article)).containsExactly("Edward Price");
        mvc.perform(post("/admin/actors/edward-price/merge").param("into", "Ned Price").with(user(AdminAccount.USERNAME)).with(csrf()))
                .andExpect(redirectedUrl("/admin/actors"));
        assertThat(jdbc.queryForList("select slug from actor where slug = 'edward-price'", String.class)).isEmpty();
        assertThat(mentions("ned-price", article)).containsExactly("Edward Price");
        long later = importArticle("Another briefing", "On Tuesday, Edward Price said the allies agreed.");
        assertThat(mentions("ned-price", later)).containsExactly("Edward Price");
    }

    @Test
    void aRejectedNameLosesItsMentionsAndIsNeverTaggedAgainInAnySpelling() throws Exception {
        long article = importArticle("Analysis", "Moscow correspondent Fyodor Weirov wrote that the talks would fail.");
        assertThat(mentions("fyodor-weirov", article)).containsExactly("Fyodor Weirov");
        mvc.perform(post("/admin/actors/fyodor-weirov/reject").with(user(AdminAccount.USERNAME)).with(csrf()))
                .andExpect(redirectedUrl("/admin/actors"));
        assertThat(jdbc.queryForList("select slug from actor where slug like 'fyodor-weirov%'", String.class)).isEmpty();
        assertThat(jdbc.queryForList("select ac.slug from actor_mention m join actor ac on ac.id = m.actor_id where m.article_id = ?",
                String.class, article)).containsExactly("russia");

        long later = importArticle("More analysis", "Moscow correspondent Fiodor Weirov wrote again, and correspondent Fyodor Weirov agreed.");
        assertThat(jdbc.queryForObject("select count(*) from actor where name like 'Fyodor%'", Long.class)).isZero();
        assertThat(jdbc.queryForList("""
                select substring(a.body, m.start_offset + 1, m.end_offset - m.start_offset) from actor_mention m
                join article a on a.id = m.article_id where a.id = ? order by m.start_offset""", String.class, later))
                .containsExactly("Moscow");
    }

    private long importArticle(String title, String text) throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("text", text, "title", title, "outlet", "Review Test News",
                "date", "2022-01-10"));
        String response = mvc.perform(post("/api/articles").with(httpBasic(AdminAccount.USERNAME, AdminAccount.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("articleId").asLong();
    }

    private List<String> mentions(String slug, long article) {
        return jdbc.queryForList("""
                select substring(a.body, m.start_offset + 1, m.end_offset - m.start_offset) from actor_mention m
                join article a on a.id = m.article_id join actor ac on ac.id = m.actor_id
                where ac.slug = ? and a.id = ? order by m.start_offset""", String.class, slug, article);
    }
}
