package org.newsarchive.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ArchiveTest
class MetricsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void searchLatencyAndIndexSizeAreMeasured() throws Exception {
        mvc.perform(get("/api/search").param("q", "NATO")).andExpect(status().isOk());

        mvc.perform(get("/actuator/metrics/archive.search").param("tag", "query:true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measurements[?(@.statistic == 'COUNT')].value").value(hasItem(greaterThanOrEqualTo(1.0))));
        mvc.perform(get("/actuator/metrics/archive.index.size"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.baseUnit").value("bytes"));
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("archive_search_seconds_count")));
    }
}
