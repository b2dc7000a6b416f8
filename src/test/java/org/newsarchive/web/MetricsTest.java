package org.newsarchive.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.AdminAccount;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ArchiveTest
class MetricsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private static RequestPostProcessor admin() {
        return httpBasic(AdminAccount.USERNAME, AdminAccount.PASSWORD);
    }

    @Test
    void metricsAreForTheAdminOnlyAndHealthForEveryone() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void healthReportsTheIndexLagBehindTheDatabaseToTheAdmin() throws Exception {
        mvc.perform(get("/actuator/health").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.searchIndex.status").value("UP"))
                .andExpect(jsonPath("$.components.searchIndex.details.lag").value(0))
                .andExpect(jsonPath("$.components.searchIndex.details.pendingChanges").value(0))
                .andExpect(jsonPath("$.components.searchIndex.details.abandonedChanges").value(0))
                .andExpect(jsonPath("$.components.searchIndex.details.indexed").value(
                        jdbc.queryForObject("select count(*) from article", Integer.class)));
        mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void searchLatencyAndIndexSizeAreMeasured() throws Exception {
        mvc.perform(get("/api/search").param("q", "NATO")).andExpect(status().isOk());

        mvc.perform(get("/actuator/metrics/archive.search").param("tag", "query:true").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measurements[?(@.statistic == 'COUNT')].value").value(hasItem(greaterThanOrEqualTo(1.0))));
        mvc.perform(get("/actuator/metrics/archive.index.size").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.baseUnit").value("bytes"));
        mvc.perform(get("/actuator/prometheus").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("archive_search_seconds_count")));
    }
}
