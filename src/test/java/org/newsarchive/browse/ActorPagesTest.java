package org.newsarchive.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsarchive.actor.ActorKind;
import org.newsarchive.article.ArticleSummary;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.LocalServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ArchiveTest
class ActorPagesTest {

    static final String RYABKOV_QUOTE =
            "It is essential that the security guarantees for Russia are put in writing and have the force of law";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void indexGroupsActorsByKindWithTheNumberOfArticlesThatMentionThem() throws Exception {
        String page = mvc.perform(get("/actors")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/actors/sergei-ryabkov\"")))
                .andExpect(content().string(containsString("Russian Deputy Foreign Minister")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf(">People<")).isPositive().isLessThan(page.indexOf(">Organisations<"));
        assertThat(page.indexOf(">Organisations<")).isLessThan(page.indexOf(">States and governments<"));

        @SuppressWarnings("unchecked")
        Map<ActorKind, List<ActorListing>> directory = (Map<ActorKind, List<ActorListing>>) mvc.perform(get("/actors"))
                .andReturn().getModelAndView().getModel().get("directory");
        assertThat(directory.values().stream().mapToInt(List::size).sum())
                .isEqualTo(jdbc.queryForObject("select count(*) from actor", Integer.class));
        for (List<ActorListing> group : directory.values()) {
            assertThat(group).isSortedAccordingTo(Comparator.comparingLong(ActorListing::articleCount).reversed());
            for (ActorListing actor : group) {
                assertThat(actor.articleCount()).as(actor.slug()).isEqualTo(articlesMentioning(actor.slug()));
            }
        }
        assertThat(directory.get(ActorKind.PERSON)).extracting(ActorListing::slug).contains("sergei-ryabkov");
        assertThat(directory.get(ActorKind.STATE)).extracting(ActorListing::slug).contains("russia").doesNotContain("nato");
    }

    @Test
    void ryabkovsPageShowsHisRoleAndEveryOtherSpellingOfHisName() throws Exception {
        mvc.perform(get("/actors/sergei-ryabkov")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Sergei Ryabkov</h1>")))
                .andExpect(content().string(containsString("Russian Deputy Foreign Minister")))
                .andExpect(content().string(containsString("<li class=\"chip\">Riabkov</li>")))
                .andExpect(content().string(containsString("<li class=\"chip\">Sergey Ryabkov</li>")))
                .andExpect(content().string(not(containsString("<li class=\"chip\">Sergei Ryabkov</li>"))));
    }

    @Test
    void ryabkovsQuoteLinksToThatQuoteOnTheArticlePage() throws Exception {
        String page = mvc.perform(get("/actors/sergei-ryabkov")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher link = Pattern.compile("<a href=\"(/articles/\\d+/[a-z0-9-]+)#(quote-\\d+)\">“" + Pattern.quote(RYABKOV_QUOTE) + "”</a>")
                .matcher(page);
        assertThat(link.find()).as("a link from the quote into its article").isTrue();

        String article = mvc.perform(get(link.group(1))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher anchored = Pattern.compile("id=\"" + link.group(2) + "\"[^>]*>([^<]*)</span>").matcher(article);
        assertThat(anchored.find()).as("the anchor %s on %s", link.group(2), link.group(1)).isTrue();
        assertThat(anchored.group(1)).isEqualTo(RYABKOV_QUOTE);
    }

    @Test
    void everyQuoteLinksToItsPlaceAmongItsArticlesQuotes() throws Exception {
        ActorDetail blinken = detail("/actors/antony-blinken");
        assertThat(blinken.quotes()).hasSize(quotesBy("antony-blinken")).isNotEmpty();
        for (AttributedQuote quote : blinken.quotes()) {
            List<String> quotesOfArticle = jdbc.queryForList("""
                    select substring(a.body, q.start_offset + 1, q.end_offset - q.start_offset)
                    from quote q join article a on a.id = q.article_id
                    where a.id = ? order by q.start_offset""", String.class, quote.article().id());
            assertThat(quotesOfArticle.get((int) quote.number() - 1)).isEqualTo(quote.text());
        }
        assertThat(blinken.quoteCount()).isEqualTo(quotesBy("antony-blinken"));
    }

    @Test
    void perOutletCountsMatchTheMentionsInTheDatabase() throws Exception {
        ActorDetail nato = detail("/actors/nato");
        List<OutletMentions> expected = jdbc.query("""
                select o.name, o.slug, count(distinct m.article_id), count(*)
                from actor_mention m join actor ac on ac.id = m.actor_id
                    join article a on a.id = m.article_id join outlet o on o.id = a.outlet_id
                where ac.slug = 'nato' group by o.name, o.slug""",
                (row, i) -> new OutletMentions(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4)));
        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(nato.outlets()).containsExactlyInAnyOrderElementsOf(expected)
                .isSortedAccordingTo(Comparator.comparingLong(OutletMentions::articleCount).reversed());
        mvc.perform(get("/actors/nato"))
                .andExpect(content().string(containsString("<a href=\"/outlets/sputnik\">Sputnik International</a>")));
    }

    @Test
    void articlesThatMentionAnActorAreNewestFirstAndPaged() throws Exception {
        ActorDetail nato = detail("/actors/nato");
        assertThat(nato.articles().getTotalElements()).isEqualTo(articlesMentioning("nato"));
        assertThat(nato.articles().getContent()).hasSize((int) articlesMentioning("nato"))
                .extracting(ArticleSummary::publishedOn)
                .isSortedAccordingTo(Comparator.<LocalDate>naturalOrder().reversed());

        mvc.perform(get("/actors/nato")).andExpect(content().string(not(containsString("rel=\"next\""))));
        mvc.perform(get("/actors/nato").param("page", "2")).andExpect(status().isOk())
                .andExpect(content().string(containsString("There are no more articles.")))
                .andExpect(content().string(containsString("rel=\"prev\" href=\"/actors/nato?page=1\"")));
    }

    @Test
    void unknownActorIsANotFoundPageInTheLayout() throws Exception {
        for (String path : List.of("/actors/no-such-actor", "/actors/%20", "/actors/sergei-ryabkov%3Cscript%3E")) {
            HttpResponse<String> page = fetch(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).contains("Not found", "site-header").doesNotContain("Exception");
        }
    }

    @Test
    void pageNumbersBelowOneOrNotNumbersAreABadRequest() throws Exception {
        for (String page : List.of("0", "-1", "two")) {
            HttpResponse<String> response = fetch("/actors/nato?page=" + page);
            assertThat(response.statusCode()).as(page).isEqualTo(400);
            assertThat(response.body()).contains("could not be understood", "site-header").doesNotContain("Exception");
        }
    }

    private ActorDetail detail(String path) throws Exception {
        return (ActorDetail) mvc.perform(get(path)).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("actor");
    }

    private long articlesMentioning(String slug) {
        return jdbc.queryForObject("""
                select count(distinct m.article_id) from actor_mention m join actor a on a.id = m.actor_id
                where a.slug = ?""", Long.class, slug);
    }

    private int quotesBy(String slug) {
        return jdbc.queryForObject("select count(*) from quote q join actor a on a.id = q.speaker_id where a.slug = ?",
                Integer.class, slug);
    }

    private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return LocalServer.fetch(port, path, "text/html");
    }
}
