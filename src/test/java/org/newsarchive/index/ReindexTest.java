package org.newsarchive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.newsarchive.article.Article;
import org.newsarchive.support.ImportingArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ImportingArchiveTest
class ReindexTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Reindexer reindexer;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theAdminRebuildsTheIndexFromTheDatabaseAndWatchesItsProgress() throws Exception {
        // Other importing tests share this database, so the rebuilt index is compared with the one before.
        int tomahawks = searchTotal("Tomahawk");
        mvc.perform(post("/admin/reindex").with(user("editor")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin"));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (reindexer.progress().state() == ReindexProgress.State.RUNNING && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        ReindexProgress progress = reindexer.progress();
        assertThat(progress.state()).isEqualTo(ReindexProgress.State.FINISHED);
        assertThat(progress.done()).isEqualTo(progress.total()).isGreaterThan(5);
        mvc.perform(get("/admin").with(user("editor"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rebuilt: " + progress.done() + " documents")));
        assertThat(searchTotal("Tomahawk")).isEqualTo(tomahawks).isPositive();
        try (IndexReader index = Search.mapping(entityManagerFactory).scope(Article.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            assertThat(index.leaves()).as("segments of the rebuilt index").hasSize(1);
        }
    }

    private int searchTotal(String query) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/search").param("q", query)).andReturn().getResponse().getContentAsString(),
                "$.total");
    }
}
