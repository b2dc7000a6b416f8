package org.newsarchive.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ArchiveTest
class HomePageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void saysWhatTheArchiveHolds() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<dd><a href=\"/articles\">5</a></dd>"),
                        containsString("<dd><a href=\"/outlets\">5</a></dd>"),
                        containsString("<a href=\"/dates/2022-01-26\">26 Jan 2022</a>"),
                        containsString("<a href=\"/dates/2022-02-02\">2 Feb 2022</a>"))));
    }

    @Test
    void drawsTheTimelineWithEachDayLinkingToItsPage() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(allOf(
                        containsString("Articles per day, by outlet"),
                        containsString("<a href=\"/dates/2022-01-27\">"),
                        containsString("<title>27 Jan 2022: 3 articles — Atalayar 1, Pledge Times 1, playcrazygame.com 1</title>"),
                        containsString("<title>2 Feb 2022: 1 article — Unidentified outlet 1</title>"),
                        containsString("<a href=\"/outlets/sputnik\">Sputnik International</a>"))));
    }
}
