package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.DateBasis;
import org.newsarchive.article.PublicationDate;

class DateDetectorTest {

    static final LocalDate IMPORT_DAY = LocalDate.of(2026, 11, 26);

    @Test
    void headerLineWinsAndIsRemovedFromTheText() {
        DateDetector.Dated dated = DateDetector.detect(" date 2022-01-27 The written response", ArticleMetadata.NONE, IMPORT_DAY);
        assertThat(dated.date()).isEqualTo(new PublicationDate(LocalDate.of(2022, 1, 27), DateBasis.HEADER_LINE,
                "Header line “date 2022-01-27”."));
        assertThat(dated.text()).isEqualTo("The written response");
    }

    @Test
    void readsTimestampsNumericDatesAndWrittenDatesInTheText() {
        assertThat(inText("fbpx\n13:29 02 Feb 2022\n\nMedia revealed")).isEqualTo(LocalDate.of(2022, 2, 2));
        assertThat(inText("17:45 GMT 26.01.2022 (Updated: 18:14 GMT 26.01.2022)")).isEqualTo(LocalDate.of(2022, 1, 26));
        assertThat(inText("WASHINGTON, January 27, 2022 — The US replied")).isEqualTo(LocalDate.of(2022, 1, 27));
        assertThat(inText("Posted 3 March 2022 by staff")).isEqualTo(LocalDate.of(2022, 3, 3));
    }

    @Test
    void theFirstDateInTheTextCounts() {
        assertThat(inText("Updated 26.01.2022. Back on January 3, 2021 the talks began.")).isEqualTo(LocalDate.of(2022, 1, 26));
    }

    @Test
    void impossibleDatesAreNoDates() {
        assertThat(DateDetector.detect("Filed 31.02.2022 from Kyiv", ArticleMetadata.NONE, IMPORT_DAY).date().basis())
                .isEqualTo(DateBasis.INFERRED);
    }

    @Test
    void urlPathsGiveTheDateWhenTheTextHasNone() {
        for (String url : new String[] {"https://playcrazygame.com/2022/01/27/nato-and-us/",
                "https://sputniknews.com/20220127/nato-about-to-give-1092536255.html"}) {
            PublicationDate date = DateDetector.detect("No date here.", new ArticleMetadata(url, null, null, null), IMPORT_DAY).date();
            assertThat(date.day()).as(url).isEqualTo(LocalDate.of(2022, 1, 27));
            assertThat(date.basis()).as(url).isEqualTo(DateBasis.URL);
        }
    }

    @Test
    void otherCluesAreKeptInTheEvidenceWithWhetherTheyAgree() {
        PublicationDate date = DateDetector.detect(" date 2022-01-26 Text 17:45 GMT 26.01.2022",
                new ArticleMetadata("https://example.org/2022/01/25/x", null, null, null), IMPORT_DAY).date();
        assertThat(date.evidence()).isEqualTo("Header line “date 2022-01-26”; In-text date “26.01.2022” agrees;"
                + " the URL path /2022/01/25 says 2022-01-25.");
    }

    @Test
    void withoutAnyDateTheImportDayIsRecordedAsInferred() {
        PublicationDate date = DateDetector.detect("Nothing dated.", ArticleMetadata.NONE, IMPORT_DAY).date();
        assertThat(date.day()).isEqualTo(IMPORT_DAY);
        assertThat(date.basis()).isEqualTo(DateBasis.INFERRED);
    }

    private static LocalDate inText(String text) {
        PublicationDate date = DateDetector.detect(text, ArticleMetadata.NONE, IMPORT_DAY).date();
        assertThat(date.basis()).as(text).isEqualTo(DateBasis.IN_TEXT);
        return date.day();
    }
}
