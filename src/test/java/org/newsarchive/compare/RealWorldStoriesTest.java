package org.newsarchive.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.ingest.ImportCommand;
import org.newsarchive.search.TextAnalysis;
import org.newsarchive.support.RealWorldArchiveTest;
import org.newsarchive.support.RealWorldSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Story titles and shared quotes on the real-world development set, in the context (and database) that
 * {@code RealWorldCoverageTest} imports it into. Prints every story of two or more articles with its title and
 * headlines, and the quotes its first four articles share.
 */
@RealWorldArchiveTest
class RealWorldStoriesTest {

    @Autowired
    ImportCommand command;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TextAnalysis analysis;

    @Autowired
    StoryService stories;

    @Autowired
    CompareService compare;

    @BeforeEach
    void importTheSetOnce() {
        RealWorldSet.importOnce(command, jdbc);
    }

    /** Every word of a title is a word of the headline it is read off, and each is in at least two of the story's headlines. */
    @Test
    void aStoryOfSeveralArticlesIsTitledByWordsTheirHeadlinesShare() {
        List<Long> grouped = jdbc.queryForList("select story_id from story_article group by story_id having count(*) > 1 order by story_id",
                Long.class);
        int readOff = 0;
        for (long story : grouped) {
            String title = jdbc.queryForObject("select title from story where id = ?", String.class, story);
            List<String> headlines = jdbc.queryForList("""
                    select a.title from story_article sa join article a on a.id = sa.article_id where sa.story_id = ?
                    order by a.published_on, a.id""", String.class, story);
            System.out.printf("Story %d: %s%n    %s%n", story, title, String.join("\n    ", headlines));
            assertThat(title).isEqualTo(StoryTitle.of(headlines, analysis));
            if (!headlines.contains(title)) {
                readOff++;
                for (String group : title.split(" · ")) {
                    for (String term : analysis.terms(group).keySet()) {
                        assertThat(headlines.stream().filter(headline -> analysis.terms(headline).containsKey(term)).count())
                                .as("%s in the headlines of story %d", term, story).isGreaterThanOrEqualTo(2);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "Stories of two or more articles: %d, titled by their shared words: %d%n", grouped.size(), readOff);
        assertThat(grouped).isNotEmpty();
        assertThat(readOff).isGreaterThan(grouped.size() / 2);
    }

    @Test
    void quotesSharedAcrossARealStoryArePhrases() {
        List<Long> grouped = jdbc.queryForList("select story_id from story_article group by story_id having count(*) > 1 order by story_id",
                Long.class);
        int shared = 0;
        for (long story : grouped) {
            Comparison comparison = compare.compare(stories.get(story, 1, StoryController.COVERAGE_PAGE_SIZE).compared());
            for (SharedQuotes.SharedQuote quote : comparison.sharedQuotes()) {
                shared++;
                System.out.printf("Story %d shares “%s” in %d places%n", story, quote.text(), quote.occurrences().size());
                assertThat(SharedQuotes.isPhrase(SharedQuotes.words(quote.text()))).as(quote.text()).isTrue();
            }
        }
        System.out.printf(Locale.ROOT, "Shared quotes in %d stories: %d%n", grouped.size(), shared);
    }
}
