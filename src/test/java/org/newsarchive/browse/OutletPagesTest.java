package org.newsarchive.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ArchiveTest
class OutletPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OutletPageRepository outlets;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listingCountsEachOutletsArticlesAndCitationsAsTheDatabaseDoes() {
        List<OutletListing> listings = outlets.findListings(null);

        assertThat(listings).hasSize(jdbc.queryForObject("select count(*) from outlet", Integer.class));
        for (OutletListing listing : listings) {
            assertThat(listing.articles()).as(listing.slug()).isEqualTo(jdbc.queryForObject(
                    "select count(*) from article a join outlet o on o.id = a.outlet_id where o.slug = ?", Long.class,
                    listing.slug()));
            assertThat(listing.citedBy()).as(listing.slug()).isEqualTo(jdbc.queryForObject(
                    "select count(distinct c.article_id) from citation c join outlet o on o.id = c.cited_outlet_id where o.slug = ?",
                    Long.class, listing.slug()));
        }
        assertThat(listings.subList(0, 5)).allSatisfy(listing -> assertThat(listing.articles()).isEqualTo(1));
        assertThat(listings).filteredOn(listing -> listing.slug().equals("afp")).singleElement()
                .satisfies(afp -> assertThat(afp.citedBy()).isEqualTo(2));
    }

    @Test
    void outletsPageListsEveryOutletWithItsKind() throws Exception {
        mvc.perform(get("/outlets"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"/outlets/sputnik\">Sputnik International</a>"),
                        containsString("sputniknews.com"),
                        containsString("<a href=\"/outlets/afp\">Agence France-Presse</a>"),
                        containsString("news agency"),
                        containsString("<time datetime=\"2022-01-26\">26 Jan 2022</time>"))));
    }

    @Test
    void anOutletPageShowsItsProfileAndItsArticles() throws Exception {
        mvc.perform(get("/outlets/sputnik"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1 id=\"outlet-heading\">Sputnik International</h1>"),
                        containsString("href=\"/dates/2022-01-26\""),
                        containsString("NATO About to Give Written Response to Russia&#39;s Security Guarantees Proposals, Report Claims"),
                        not(containsString("US rejects Russia")))));
    }

    @Test
    void anAgencyPageListsTheArticlesThatCiteIt() throws Exception {
        mvc.perform(get("/outlets/afp"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Cited as a source by 2 articles"),
                        containsString("AFP, Agence France Presse"),
                        containsString("NATO and US make final adjustments in response to Russian demands"))));
    }

    @Test
    void anUnknownOutletIsNotFound() throws Exception {
        mvc.perform(get("/outlets/no-such-outlet")).andExpect(status().isNotFound());
    }
}
