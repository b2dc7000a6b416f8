package org.newsarchive.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.newsarchive.support.Seeds.ATALAYAR;
import static org.newsarchive.support.Seeds.PLAYCRAZYGAME;
import static org.newsarchive.support.Seeds.PLEDGE_TIMES;
import static org.newsarchive.support.Seeds.SPUTNIK;
import static org.newsarchive.support.Seeds.UNIDENTIFIED;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsarchive.compare.CoverageMatrix.Line;
import org.newsarchive.compare.SharedQuotes.Occurrence;
import org.newsarchive.compare.SharedQuotes.SharedQuote;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ArchiveTest
class CompareTest {

    @Autowired
    CompareService compare;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * Read from the seeds: the open-door policy (the US reply as El País printed it, Blinken in
     * Atalayar) is the one quotation that recurs. Words that several outlets put in quotation marks
     * are not shared quotations: DPA's "unacceptable" in Sputnik is not AFP's European official's
     * sentence in the playcrazygame copy, nor is AFP's "de-escalate" NATO's or Stoltenberg's.
     */
    @Test
    void findsTheQuotesThatRecurAcrossOutletsAndNoOthers() {
        assertThat(sharedBySource(PLAYCRAZYGAME, SPUTNIK, UNIDENTIFIED, ATALAYAR)).isEqualTo(Map.of(
                "open door policy", Set.of(UNIDENTIFIED, ATALAYAR)));
        assertThat(sharedBySource(PLAYCRAZYGAME, SPUTNIK)).isEmpty();
        assertThat(sharedBySource(SPUTNIK, PLEDGE_TIMES)).isEmpty();
    }

    @Test
    void sharedQuotesPointAtTheQuotedWordsInEachBody() {
        Comparison comparison = compare.compare(ids(UNIDENTIFIED, ATALAYAR));
        SharedQuote openDoor = comparison.sharedQuotes().get(0);
        assertThat(openDoor.occurrences()).hasSize(2);
        for (Occurrence occurrence : openDoor.occurrences()) {
            String body = jdbc.queryForObject("select body from article where id = ?", String.class, occurrence.articleId());
            assertThat(body.substring(occurrence.start(), occurrence.end()).replace('-', ' ')).containsIgnoringCase("open door policy");
        }
    }

    @Test
    void theMatrixCountsTheCuratedMentionsAndFlagsWhatOnlyOneHas() {
        List<Long> ids = ids(SPUTNIK, ATALAYAR);
        CoverageMatrix matrix = compare.compare(ids).matrix();

        for (Line line : matrix.actors()) {
            for (int a = 0; a < ids.size(); a++) {
                assertThat(line.counts().get(a)).as(line.slug()).isEqualTo(jdbc.queryForObject("""
                        select count(*) from actor_mention m join actor x on x.id = m.actor_id
                        where m.article_id = ? and x.slug = ?""", Integer.class, ids.get(a), line.slug()));
            }
        }
        assertThat(matrix.actors()).extracting(Line::slug).containsExactlyInAnyOrderElementsOf(jdbc.queryForList("""
                select distinct x.slug from actor_mention m join actor x on x.id = m.actor_id where m.article_id in (?, ?)""",
                String.class, ids.get(0), ids.get(1)));
        assertThat(matrix.sources()).filteredOn(line -> line.slug().equals("dpa")).singleElement()
                .extracting(Line::onlyIn).isEqualTo(0);
        assertThat(matrix.actors()).filteredOn(line -> line.slug().equals("nato")).singleElement()
                .extracting(Line::onlyIn).isNull();
        assertThat(matrix.demands()).extracting(Line::slug).containsExactlyInAnyOrderElementsOf(jdbc.queryForList("""
                select distinct d.slug from demand_mention m join demand d on d.id = m.demand_id where m.article_id in (?, ?)""",
                String.class, ids.get(0), ids.get(1)));
    }

    @Test
    void alignedRowsHoldEveryParagraphOnceInOrder() {
        Comparison comparison = compare.compare(ids(PLAYCRAZYGAME, SPUTNIK, PLEDGE_TIMES, ATALAYAR));
        for (int a = 0; a < comparison.articles().size(); a++) {
            int column = a;
            List<Integer> shown = comparison.rows().stream().flatMap(row -> row.cells().get(column).stream()).toList();
            assertThat(shown).isSorted().doesNotHaveDuplicates()
                    .hasSize(comparison.articles().get(a).reading().paragraphs().size());
        }
        assertThat(comparison.rows()).anyMatch(ParagraphAlignment.Row::alike);
    }

    @Test
    void articlesComeInOrderOfPublicationWhateverTheOrderAsked() {
        List<Long> ids = ids(UNIDENTIFIED, PLAYCRAZYGAME, SPUTNIK);
        Comparison comparison = compare.compare(ids);

        assertThat(comparison.articles()).extracting(compared -> compared.article().outlet().slug())
                .containsExactly("sputnik", "playcrazygame", "unidentified");
        assertThat(comparison.firstReported()).singleElement().extracting(compared -> compared.article().outlet().slug())
                .isEqualTo("sputnik");
        assertThat(compare.compare(ids(PLAYCRAZYGAME, ATALAYAR)).firstReported()).hasSize(2);
    }

    /** Playcrazygame's "final adjustments", Atalayar's "rejects" and "enlargement": the words only one headline has. */
    @Test
    void eachHeadlineMarksTheWordsNoOtherHeadlineHas() {
        Comparison comparison = compare.compare(ids(PLAYCRAZYGAME, ATALAYAR));

        assertThat(comparison.articles().get(0).headline()).filteredOn(HeadlineWord::own).extracting(HeadlineWord::word)
                .contains("final", "adjustments").doesNotContain("NATO", "US", "demands", "and", "in");
        assertThat(comparison.articles().get(1).headline()).filteredOn(HeadlineWord::own).extracting(HeadlineWord::word)
                .contains("rejects", "enlargement").doesNotContain("NATO", "US", "demands:");
        assertThat(comparison.articles().get(1).headline()).extracting(word -> word.word() + word.space()).containsExactly(
                "US ", "rejects ", "Russia's ", "demands: ", "NATO ", "to ", "continue ", "enlargement ", "policy");
    }

    @Test
    void thePageShowsTheHeadlinesTheTextsUnderStickyHeadsAndTheMatrixFolded() throws Exception {
        List<Long> ids = ids(UNIDENTIFIED, ATALAYAR);
        String page = mvc.perform(get("/compare").param("articles", ids.get(0) + "," + ids.get(1)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(
                "First reported by Atalayar on",
                "class=\"compare-cards cols-2\"",
                "<em class=\"own-word\">rejects</em>",
                "class=\"column-heads cols-2\"",
                "<span class=\"column-outlet\">Atalayar</span>",
                "<details class=\"matrix-section\">",
                "Who mentions what",
                "1 quote they share",
                "id=\"shared-1-" + ids.get(1) + "-",
                "href=\"#shared-1-" + ids.get(0) + "-");
        assertThat(page.indexOf("id=\"headlines-heading\"")).isLessThan(page.indexOf("class=\"aligned-texts\""));
        assertThat(page.indexOf("class=\"aligned-texts\"")).isLessThan(page.indexOf("<details class=\"matrix-section\">"));
    }

    @Test
    void theApiReturnsTheSameAlignment() throws Exception {
        List<Long> ids = ids(UNIDENTIFIED, ATALAYAR);
        mvc.perform(get("/api/compare").param("articles", String.valueOf(ids.get(0))).param("articles", String.valueOf(ids.get(1))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.articles[0].outlet.slug").value("atalayar"))
                .andExpect(jsonPath("$.sharedQuotes[?(@.text == 'open door policy')].occurrences.length()").value(2))
                .andExpect(jsonPath("$.matrix.demands").isArray())
                .andExpect(jsonPath("$.alignment[0].cells.length()").value(2));
    }

    @Test
    void selectionsThatCannotBeComparedSaySo() throws Exception {
        long id = ids(SPUTNIK).get(0);
        mvc.perform(get("/compare").param("articles", String.valueOf(id)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose at least two articles to compare.")));
        mvc.perform(get("/compare").param("articles", id + "," + id))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Article " + id + " is named twice.")));
        mvc.perform(get("/compare").param("articles", "1,2,3,4,5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("At most four articles")));
        mvc.perform(get("/compare").param("articles", id + ",<script>"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("&#39;&lt;script&gt;&#39; is not an article id.")));
        mvc.perform(get("/compare").param("articles", id + ",987654"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No article with id 987654")));
        mvc.perform(get("/api/compare").param("articles", id + ",987654")).andExpect(status().isNotFound());
        mvc.perform(get("/api/compare")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Choose at least two articles to compare."));
    }

    @Test
    void anArticleIsComparedWithTheRestOfItsStory() throws Exception {
        List<Long> story = ids(SPUTNIK, PLAYCRAZYGAME, PLEDGE_TIMES, ATALAYAR);
        String compared = mvc.perform(get("/compare").param("with", String.valueOf(story.get(0))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(compared).startsWith("/compare?articles=" + story.get(0) + ",");
        assertThat(compared.substring("/compare?articles=".length()).split(",")).extracting(Long::valueOf)
                .containsExactlyInAnyOrderElementsOf(story);
        mvc.perform(get("/compare").param("with", String.valueOf(ids(UNIDENTIFIED).get(0))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("is the only coverage of its story")));
        mvc.perform(get("/articles/{id}/{slug}", story.get(0),
                        "nato-about-to-give-written-response-to-russia-s-security-guarantees-proposals"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Part of the story"),
                        containsString("href=\"/compare?with=" + story.get(0) + "\""))));
    }

    private Map<String, Set<String>> sharedBySource(String... sources) {
        List<Long> ids = ids(sources);
        Map<Long, String> sourceOf = jdbc.query("select id, source_name from article", (row, n) -> Map.entry(row.getLong(1), row.getString(2)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return compare.compare(ids).sharedQuotes().stream().collect(Collectors.toMap(SharedQuote::text,
                quote -> quote.occurrences().stream().map(occurrence -> sourceOf.get(occurrence.articleId())).collect(Collectors.toSet())));
    }

    private List<Long> ids(String... sources) {
        return Arrays.stream(sources).map(source -> jdbc.queryForObject(
                "select id from article where source_name = ?", Long.class, source)).toList();
    }
}
