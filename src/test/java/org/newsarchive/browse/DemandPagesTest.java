package org.newsarchive.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.newsarchive.browse.Coverage.CoveringArticle;
import org.newsarchive.browse.Coverage.OutletCoverage;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.LocalServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@ArchiveTest
class DemandPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void indexListsEveryDemandWithItsMakerDateAndNumberOfCoveringArticles() throws Exception {
        mvc.perform(get("/demands")).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<a class=\"title\" href=\"/demands/no-nato-enlargement\">No further NATO enlargement, including Ukraine and Georgia</a>")))
                .andExpect(content().string(containsString("<a href=\"/actors/russia\">Russia</a>")))
                .andExpect(content().string(containsString("<time datetime=\"2021-12-17\">17 Dec 2021</time>")))
                .andExpect(content().string(containsString("Reported in 4 articles")));

        @SuppressWarnings("unchecked")
        List<DemandListing> demands = (List<DemandListing>) mvc.perform(get("/demands"))
                .andReturn().getModelAndView().getModel().get("demands");
        assertThat(demands).hasSize(jdbc.queryForObject("select count(*) from demand", Integer.class));
        for (DemandListing demand : demands) {
            assertThat(demand.articleCount()).as(demand.slug()).isEqualTo(articlesCovering(demand.slug()));
        }
        assertThat(demands.get(0).slug()).isEqualTo("no-nato-enlargement");
    }

    @Test
    void demandPageShowsTheDemandInFullWithWhoMadeItWhenAndWhere() throws Exception {
        String fullText = jdbc.queryForObject("select full_text from demand where slug = 'no-nato-enlargement'", String.class);
        mvc.perform(get("/demands/no-nato-enlargement")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>No further NATO enlargement, including Ukraine and Georgia</h1>")))
                .andExpect(content().string(containsString(
                        "<blockquote class=\"demand-text\"><p>" + HtmlUtils.htmlEscape(fullText) + "</p></blockquote>")))
                .andExpect(content().string(containsString("<dd><a href=\"/actors/russia\">Russia</a></dd>")))
                .andExpect(content().string(containsString("<time datetime=\"2021-12-17\">17 December 2021</time>")))
                .andExpect(content().string(containsString("Draft Treaty between the United States of America and the Russian Federation on security guarantees (Art. 4)")));
    }

    @Test
    void demandPageShowsEachReportedAnswerWithItsSourcePassage() throws Exception {
        DemandDetail demand = detail("/demands/no-nato-enlargement");
        List<String> passages = jdbc.queryForList("""
                select substring(a.body, r.start_offset + 1, r.end_offset - r.start_offset)
                from demand_response r join demand d on d.id = r.demand_id join article a on a.id = r.article_id
                where d.slug = 'no-nato-enlargement'""", String.class);
        assertThat(demand.responseCount()).isEqualTo(passages.size());
        assertThat(demand.responses()).extracting(ReportedResponse::passage).containsExactlyInAnyOrderElementsOf(passages);
        assertThat(demand.responses()).extracting(response -> response.responder().slug())
                .containsOnly("nato", "united-states").isSorted();

        mvc.perform(get("/demands/no-nato-enlargement"))
                .andExpect(content().string(containsString("<a href=\"/actors/nato\">NATO</a>")))
                .andExpect(content().string(containsString("<a href=\"/actors/united-states\">United States</a>")))
                .andExpect(content().string(containsString("<span class=\"stance stance-rejected\">rejected</span>")))
                .andExpect(content().string(containsString(
                        "<blockquote class=\"passage\"><p>The NATO text also reaffirms the open door policy</p></blockquote>")));
    }

    @Test
    void stancesReadAsWords() throws Exception {
        mvc.perform(get("/demands/indivisible-security")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<span class=\"stance stance-open_to_talks\">open to talks</span>")))
                .andExpect(content().string(containsString("<span class=\"stance stance-rejected\">rejected</span>")));
    }

    @Test
    void coverageGroupsTheArticlesByOutletWithThePassagesThatReportTheDemand() throws Exception {
        Coverage coverage = detail("/demands/no-nato-enlargement").coverage();
        Map<String, List<String>> expected = new TreeMap<>();
        jdbc.query("""
                select o.slug, substring(a.body, m.start_offset + 1, m.end_offset - m.start_offset)
                from demand_mention m join demand d on d.id = m.demand_id
                    join article a on a.id = m.article_id join outlet o on o.id = a.outlet_id
                where d.slug = 'no-nato-enlargement' order by m.start_offset""",
                row -> { expected.computeIfAbsent(row.getString(1), slug -> new ArrayList<>()).add(row.getString(2)); });

        Map<String, List<String>> shown = new TreeMap<>();
        for (OutletCoverage outlet : coverage.outlets()) {
            for (CoveringArticle article : outlet.articles()) {
                assertThat(article.article().outlet()).isEqualTo(outlet.outlet());
                shown.computeIfAbsent(outlet.outlet().slug(), slug -> new ArrayList<>()).addAll(article.passages());
            }
        }
        assertThat(shown).isEqualTo(expected);
        assertThat(coverage.outletCount()).isEqualTo(expected.size());
        assertThat(coverage.articleCount()).isEqualTo(articlesCovering("no-nato-enlargement"));

        mvc.perform(get("/demands/no-nato-enlargement"))
                .andExpect(content().string(containsString("Reported in 4 articles from 4 outlets.")))
                .andExpect(content().string(containsString("<h3><a href=\"/outlets/pledge-times\">Pledge Times</a></h3>")))
                .andExpect(content().string(containsString(
                        "<blockquote class=\"passage\"><p>the prohibition of Ukraine joining NATO</p></blockquote>")));
    }

    @Test
    void unknownDemandIsANotFoundPageInTheLayout() throws Exception {
        for (String path : List.of("/demands/no-such-demand", "/demands/%2e%2e", "/demands/NO-NATO-ENLARGEMENT")) {
            HttpResponse<String> page = fetch(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).contains("Not found", "site-header").doesNotContain("Exception");
        }
    }

    @Test
    void coveragePageNumbersBelowOneAreABadRequest() throws Exception {
        HttpResponse<String> page = fetch("/demands/no-nato-enlargement?page=0");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("could not be understood", "site-header").doesNotContain("Exception");
    }

    private DemandDetail detail(String path) throws Exception {
        return (DemandDetail) mvc.perform(get(path)).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("demand");
    }

    private long articlesCovering(String slug) {
        return jdbc.queryForObject("""
                select count(distinct m.article_id) from demand_mention m join demand d on d.id = m.demand_id
                where d.slug = ?""", Long.class, slug);
    }

    private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return LocalServer.fetch(port, path, "text/html");
    }
}
