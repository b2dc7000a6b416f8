package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsarchive.support.ArticleBuilder.anArticle;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsarchive.ingest.Importer;
import org.newsarchive.support.ImportingArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The histogram's step follows the span of the hits: days up to three months, months up to four years, then years. */
@ImportingArchiveTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DateHistogramStepsTest {

    @Autowired
    Importer importer;

    @Autowired
    SearchService search;

    @BeforeAll
    void importDatedArticles() {
        importArticle("quokka-1.json", "2019-03-04", "Quokka counts on Rottnest Island rose after a wet winter, rangers said.");
        importArticle("quokka-2.json", "2019-06-20", "Rottnest quokka colonies are thriving, a survey of the island found.");
        importArticle("quokka-3.json", "2019-06-21", "Tourists were warned again not to feed the quokka population of Rottnest.");
        importArticle("quokka-4.json", "2024-02-12", "Quokka numbers on the island held steady through a dry Rottnest summer.");
    }

    @Test
    void hitsOverAFewMonthsAreCountedByMonth() {
        Facets facets = search("quokka", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));

        assertThat(facets.dateStep()).isEqualTo(DateStep.MONTH);
        assertThat(facets.dates()).extracting(DateBucket::value, DateBucket::count, DateBucket::start, DateBucket::end)
                .containsExactly(tuple("2019-03", 1L, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31)),
                        tuple("2019-06", 2L, LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30)));
    }

    @Test
    void hitsOverYearsAreCountedByYear() {
        Facets facets = search("quokka", null, null);

        assertThat(facets.dateStep()).isEqualTo(DateStep.YEAR);
        assertThat(facets.dates()).extracting(DateBucket::value, DateBucket::count)
                .containsExactly(tuple("2019", 3L), tuple("2024", 1L));
    }

    @Test
    void hitsWithinAMonthAreCountedByDay() {
        Facets facets = search("quokka Rottnest", LocalDate.of(2019, 5, 1), LocalDate.of(2019, 7, 31));

        assertThat(facets.dateStep()).isEqualTo(DateStep.DAY);
        assertThat(facets.dates()).extracting(DateBucket::value, DateBucket::count)
                .containsExactly(tuple("2019-06-20", 1L), tuple("2019-06-21", 1L));
    }

    private Facets search(String query, LocalDate from, LocalDate to) {
        return search.search(new SearchRequest(query, Map.of(), from, to, SearchSort.RELEVANCE, 1, 10)).facets();
    }

    private void importArticle(String name, String date, String text) {
        anArticle(text).from("Rottnest Island Times").on(date).inFile(name).importWith(importer);
    }
}
