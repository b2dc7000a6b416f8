package org.newsarchive.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@ArchiveTest
class StoryPagesTest {

    static final String SPUTNIK = "001_3e1338e84fc86e8a.txt";
    static final String PLEDGE_TIMES = "003_704011b801f09680.txt";
    static final String EL_PAIS = "002_73428c9fd92591ec.txt";

    /**
     * What the replies story's four headlines share, read off Pledge Times' "Russia: US-NATO response fails to
     * address key security demands", the headline with most of it.
     */
    static final String TITLE = "Russia · US-NATO response · security demands";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StoryService stories;

    @LocalServerPort
    int port;

    @Test
    void theListShowsEveryStoryNewestFirstWithItsArticlesAndOutletsCountedAsTheDatabaseDoes() throws Exception {
        List<StoryListing> listings = stories.list(1, StoryController.PAGE_SIZE).getContent();

        assertThat(listings).extracting(StoryListing::id).containsExactly(storyOf(EL_PAIS), storyOf(SPUTNIK));
        for (StoryListing listing : listings) {
            Map<String, Object> counted = jdbc.queryForMap("""
                    select count(*) as articles, count(distinct a.outlet_id) as outlets,
                        string_agg(distinct o.name, ', ' order by o.name) as names
                    from story_article sa join article a on a.id = sa.article_id join outlet o on o.id = a.outlet_id
                    where sa.story_id = ?""", listing.id());
            assertThat(listing.articles()).isEqualTo(counted.get("articles"));
            assertThat(listing.outlets()).isEqualTo(counted.get("outlets"));
            assertThat(listing.outletNames()).isEqualTo(counted.get("names"));
        }
        assertThat(listings.get(1).articles()).isEqualTo(4);
        assertThat(listings.get(1).outlets()).isEqualTo(4);
        assertThat(stories.list(2, 1)).singleElement().isEqualTo(listings.get(1));
        assertThat(stories.list(2, 1).getTotalElements()).isEqualTo(2);

        String page = html("/stories");
        assertThat(page).contains(
                "<a class=\"title\" href=\"/stories/" + storyOf(SPUTNIK) + "\">",
                "<a class=\"title\" href=\"/stories/" + storyOf(EL_PAIS) + "\">",
                "4 articles from 4 outlets", "1 article from 1 outlet",
                HtmlUtils.htmlEscape(listings.get(1).outletNames()),
                "<time datetime=\"2022-01-26\">26 Jan 2022</time> –\n    <time datetime=\"2022-01-27\">27 Jan 2022</time>",
                "href=\"/stories\">Stories</a>");
        assertThat(page.indexOf("/stories/" + storyOf(EL_PAIS))).isLessThan(page.indexOf("/stories/" + storyOf(SPUTNIK)));
    }

    @Test
    void theRepliesStoryListsItsFourArticlesByDateAndOutletWithACompareLink() throws Exception {
        long story = storyOf(SPUTNIK);
        List<Map<String, Object>> articles = jdbc.queryForList("""
                select a.id, a.slug, a.title, o.slug as outlet, o.name as outlet_name, sa.similarity
                from story_article sa join article a on a.id = sa.article_id join outlet o on o.id = a.outlet_id
                where sa.story_id = ? order by a.published_on, o.name, a.id""", story);
        assertThat(articles).hasSize(4);

        String page = html("/stories/" + story);

        for (Map<String, Object> article : articles) {
            assertThat(page).contains(
                    "href=\"/outlets/" + article.get("outlet") + "\">" + HtmlUtils.htmlEscape((String) article.get("outlet_name")) + "</a>",
                    "href=\"/articles/" + article.get("id") + "/" + article.get("slug") + "\">"
                            + HtmlUtils.htmlEscape((String) article.get("title")) + "</a>",
                    "similarity " + Math.round((Double) article.get("similarity") * 100) + "%");
        }
        assertThat(page).contains("similarity 100%", "grouped automatically", "about 27 Jan 2022",
                "<time datetime=\"2022-01-26\">26 Jan 2022</time>", "<time datetime=\"2022-01-27\">27 Jan 2022</time>")
                .doesNotContain("copy of", "placed by an editor");
        int timeline = page.indexOf("id=\"day-1\"");
        assertThat(page.indexOf("/outlets/sputnik", timeline)).isGreaterThan(timeline).isLessThan(page.indexOf("id=\"day-2\""));
        String ids = articles.stream().map(article -> article.get("id").toString()).collect(Collectors.joining(","));
        assertThat(page).contains("class=\"compare-button\" href=\"/compare?articles=" + ids + "\"");
    }

    @Test
    void aStoryIsTitledByWhatItsHeadlinesShareAndAStoryOfOneArticleByItsHeadline() throws Exception {
        List<String> headlines = jdbc.queryForList("""
                select a.title from story_article sa join article a on a.id = sa.article_id where sa.story_id = ?""",
                String.class, storyOf(SPUTNIK));

        assertThat(headlines).hasSize(4).doesNotContain(TITLE);
        assertThat(html("/stories/" + storyOf(SPUTNIK))).contains("<h1 id=\"story-heading\">" + TITLE + "</h1>");
        assertThat(html("/stories")).contains(TITLE);
        assertThat(stories.get(storyOf(EL_PAIS), 1, 1).story().title())
                .isEqualTo("Media revealed US and NATO responses to Russia's so-called \"security guarantees\"");
    }

    /** Sputnik and Atalayar publish, the two others republish; Sputnik is Russian and state-owned (V13), Atalayar Spanish. */
    @Test
    void aStoryShowsItsCoverageByKindAndCountryAndWhatTheArchiveKnowsOfEachOutlet() throws Exception {
        StoryDetail detail = stories.get(storyOf(SPUTNIK), 1, StoryController.COVERAGE_PAGE_SIZE);

        assertThat(detail.byKind().segments()).extracting(CoverageBar.Segment::key, CoverageBar.Segment::outlets)
                .containsExactlyInAnyOrder(tuple("PUBLISHER", 2L), tuple("REPUBLISHER", 2L));
        assertThat(detail.byCountry().segments()).extracting(CoverageBar.Segment::key, CoverageBar.Segment::outlets)
                .containsExactlyInAnyOrder(tuple("Russia", 1L), tuple("Spain", 1L), tuple(null, 2L));
        assertThat(detail.byCountry().segments()).last().extracting(CoverageBar.Segment::key, CoverageBar.Segment::width)
                .containsExactly(null, 50.0);
        assertThat(detail.firstReportedBy()).extracting(StoryOutlet::slug).containsExactly("sputnik");

        String page = html("/stories/" + storyOf(SPUTNIK));
        assertThat(page).contains("First reported by Sputnik International on", "By kind of outlet", "By country",
                "republishes others&#39; copy", "country not known", "Russia", "Spain",
                "(source: Owned by Rossiya Segodnya", "Every outlet with articles from 25 Jan 2022 to 28 Jan 2022 covers this story.");
    }

    @Test
    void anOutletThatPublishedInTheSurroundingDaysWithoutCoveringTheStoryIsNamed() throws Exception {
        Map<String, Object> placed = jdbc.queryForMap("select * from story_article where article_id = ?", articleId(PLEDGE_TIMES));
        try {
            jdbc.update("delete from story_article where article_id = ?", articleId(PLEDGE_TIMES));

            StoryDetail detail = stories.get(storyOf(SPUTNIK), 1, StoryController.COVERAGE_PAGE_SIZE);

            assertThat(detail.notCoveredBy()).extracting(OutletAround::slug, OutletAround::articles)
                    .containsExactly(tuple("pledge-times", 1L));
            assertThat(html("/stories/" + storyOf(SPUTNIK))).contains(
                    "Outlets with articles from 25 Jan 2022 to 28 Jan 2022, none of them in this story:",
                    "<a href=\"/outlets/pledge-times\">Pledge Times</a>", "1 article in those days");
        } finally {
            jdbc.update("""
                    insert into story_article (article_id, story_id, similarity, republication_of, placed_by)
                    values (?, ?, ?, ?, ?)""", placed.get("article_id"), placed.get("story_id"), placed.get("similarity"),
                    placed.get("republication_of"), placed.get("placed_by"));
        }
    }

    @Test
    void aPagePastTheEndOfTheStoriesSaysSoAndLeadsBack() throws Exception {
        String page = mvc.perform(get("/stories").param("page", "99")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Page 99 is past the end: there is only 1 page.", "href=\"/stories?page=1\"");
    }

    @Test
    void aStoryOfOneArticleHasNothingToCompare() throws Exception {
        String page = html("/stories/" + storyOf(EL_PAIS));

        assertThat(page).contains("1 article from 1 outlet", "Media revealed US and NATO responses")
                .doesNotContain("/compare", "Compare side by side");
    }

    @Test
    void anArticleCarryingAnothersTextIsShownAsItsCopyAndWhoPlacedIt() throws Exception {
        long sputnik = articleId(SPUTNIK);
        try {
            jdbc.update("update story_article set republication_of = ?, placed_by = 'EDITOR' where article_id = ?",
                    sputnik, articleId(PLEDGE_TIMES));

            String page = html("/stories/" + storyOf(SPUTNIK));

            String title = jdbc.queryForObject("select title from article where id = ?", String.class, sputnik);
            String slug = jdbc.queryForObject("select slug from article where id = ?", String.class, sputnik);
            assertThat(page).contains("placed by an editor").containsPattern(
                    "copy of</span>\\s*<a href=\"/articles/" + sputnik + "/" + slug + "\">"
                            + Pattern.quote(HtmlUtils.htmlEscape(title)) + "</a>");
        } finally {
            jdbc.update("update story_article set republication_of = null, placed_by = 'GROUPING' where article_id = ?",
                    articleId(PLEDGE_TIMES));
        }
    }

    @Test
    void anUnknownStoryIsTheNotFoundPageInTheLayout() throws Exception {
        HttpResponse<String> missing = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/stories/987654"))
                        .header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("site-header", "Not found").doesNotContain("Exception");
    }

    @Test
    void aMalformedStoryAddressOrPageIsABadRequest() throws Exception {
        mvc.perform(get("/stories/abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/stories").param("page", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/stories/" + storyOf(SPUTNIK)).param("page", "0")).andExpect(status().isBadRequest());
    }

    @Test
    void storyOfNamesAnArticlesStoryAndItsOtherArticlesMostSimilarFirst() {
        long sputnik = articleId(SPUTNIK);
        List<Long> others = jdbc.queryForList("""
                select article_id from story_article where story_id = ? and article_id <> ?
                order by similarity desc, article_id""", Long.class, storyOf(SPUTNIK), sputnik);

        assertThat(stories.storyOf(sputnik)).hasValueSatisfying(membership -> {
            assertThat(membership.storyId()).isEqualTo(storyOf(SPUTNIK));
            assertThat(membership.title()).isEqualTo(TITLE);
            assertThat(membership.otherArticleIds()).hasSize(3).containsExactlyElementsOf(others)
                    .doesNotContain(sputnik, articleId(EL_PAIS));
        });
        assertThat(stories.storyOf(articleId(EL_PAIS))).hasValueSatisfying(membership -> {
            assertThat(membership.storyId()).isEqualTo(storyOf(EL_PAIS));
            assertThat(membership.otherArticleIds()).isEmpty();
        });
        assertThat(stories.storyOf(987654)).isEmpty();
    }

    private String html(String address) throws Exception {
        return mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long articleId(String source) {
        return jdbc.queryForObject("select id from article where source_name = ?", Long.class, source);
    }

    private long storyOf(String source) {
        return jdbc.queryForObject("select story_id from story_article where article_id = ?", Long.class, articleId(source));
    }
}
