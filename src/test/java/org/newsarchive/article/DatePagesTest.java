package org.newsarchive.article;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ArchiveTest
class DatePagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void datesOpensOnTheNewestMonthWithEveryMonthListed() throws Exception {
        mvc.perform(get("/dates"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Articles in February 2022"),
                        containsString("href=\"/dates/2022-02-02\""),
                        containsString("href=\"/dates/2022-01\""),
                        containsString("id=\"year-2022\""))));
    }

    @Test
    void aMonthCalendarLinksOnlyTheDaysThatHaveArticles() throws Exception {
        mvc.perform(get("/dates/2022-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("4 articles"),
                        matchesPattern("(?s).*href=\"/dates/2022-01-26\">\\s*<span class=\"day-number\">26<span class=\"visually-hidden\"\\s*> January 2022:</span></span>\\s*<span class=\"day-count\">1<span class=\"visually-hidden\"\\s*> article</span>.*"),
                        matchesPattern("(?s).*href=\"/dates/2022-01-27\">\\s*<span class=\"day-number\">27<span class=\"visually-hidden\"\\s*> January 2022:</span></span>\\s*<span class=\"day-count\">3<span class=\"visually-hidden\"\\s*> articles</span>.*"),
                        containsString("<span class=\"day-number\">28</span>"),
                        not(containsString("href=\"/dates/2022-01-28\"")),
                        containsString("href=\"/dates/2022-02\""))));
    }

    @Test
    void aDayListsItsArticlesByOutletWithTheNeighbouringDays() throws Exception {
        mvc.perform(get("/dates/2022-01-27"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Thursday 27 January 2022"),
                        containsString("3 articles from 3 outlets"),
                        containsString("<a href=\"/outlets/atalayar\">Atalayar</a>"),
                        containsString("US rejects Russia&#39;s demands: NATO to continue enlargement policy"),
                        containsString("about 27 Jan 2022"),
                        containsString("rel=\"prev\" href=\"/dates/2022-01-26\""),
                        containsString("rel=\"next\" href=\"/dates/2022-02-02\""))));
    }

    @Test
    void inferredDatesOpenToShowTheirEvidence() throws Exception {
        mvc.perform(get("/dates/2022-01-27"))
                .andExpect(content().string(allOf(
                        containsString("<details class=\"inferred-date\">"),
                        containsString("No date line or in-text date"))));
    }

    @Test
    void aDayOrMonthWithoutArticlesIsNotFoundButLeadsToItsNeighbours() throws Exception {
        mvc.perform(get("/dates/2022-01-28"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(
                        containsString("The archive holds no articles from this day."),
                        containsString("rel=\"prev\" href=\"/dates/2022-01-27\""),
                        containsString("rel=\"next\" href=\"/dates/2022-02-02\""))));
        mvc.perform(get("/dates/2021-06"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("rel=\"next\" href=\"/dates/2022-01\"")));
    }

    @Test
    void aYearMovesToItsMonthsInTheIndex() throws Exception {
        mvc.perform(get("/dates/2022")).andExpect(redirectedUrl("/dates#year-2022"));
    }

    @Test
    void malformedDatesAreBadRequests() throws Exception {
        for (String malformed : new String[] {"2022-13", "2022-02-30", "27-01-2022", "yesterday", "2022-1-27"}) {
            mvc.perform(get("/dates/{value}", malformed)).andExpect(status().isBadRequest());
        }
    }

    @Test
    void theRangeListingShowsTheArticlesBetweenTwoDates() throws Exception {
        mvc.perform(get("/articles").param("from", "2022-01-27").param("to", "2022-01-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("3 articles"),
                        containsString("from 27 Jan 2022 to 31 Jan 2022"),
                        containsString("value=\"2022-01-27\""),
                        containsString("Russia: US-NATO response fails to address key security demands"),
                        not(containsString("Media revealed")))));
        mvc.perform(get("/articles"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5 articles")));
    }

    @Test
    void aRangeThatEndsBeforeItStartsOrAMalformedBoundIsABadRequest() throws Exception {
        mvc.perform(get("/articles").param("from", "2022-02-01").param("to", "2022-01-01"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/articles").param("from", "last week")).andExpect(status().isBadRequest());
        mvc.perform(get("/articles").param("page", "0")).andExpect(status().isBadRequest());
    }
}
