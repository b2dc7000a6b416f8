package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.DateBasis;
import org.newsarchive.article.DatePrecision;
import org.newsarchive.article.PublicationDate;

class DateDetectorTest {

    @Test
    void headerLineWinsAndIsRemovedFromTheText() {
        DateDetector.Dated dated = DateDetector.detect(" date 2022-01-27 The written response", ArticleMetadata.NONE);
        assertThat(dated.date()).isEqualTo(new PublicationDate(LocalDate.of(2022, 1, 27), DatePrecision.DAY,
                DateBasis.HEADER_LINE, "Header line “date 2022-01-27”."));
        assertThat(dated.text()).isEqualTo("The written response");
    }

    @Test
    void aHeaderLineWithAMonthOnlyGivesTheMonth() {
        PublicationDate date = detect(" date 2021-12 © Sputnik / POOL\n\nPresident Putin on 23 December held a press conference.");
        assertThat(date.day()).isEqualTo(LocalDate.of(2021, 12, 1));
        assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(date.evidence()).startsWith("Header line “date 2021-12”; the text reference “on 23 December”")
                .endsWith(" agrees.");
    }

    @Test
    void aDateGivenWithTheImportComesAfterTheHeaderLineAndBeforeThePage() {
        PublicationDate date = detect("27 January 2022\n\nThe Kremlin says", new ArticleMetadata(null, null, LocalDate.of(2022, 1, 28), null));
        assertThat(date.day()).isEqualTo(LocalDate.of(2022, 1, 28));
        assertThat(date.basis()).isEqualTo(DateBasis.GIVEN);
        assertThat(date.evidence()).isEqualTo("Date given with the import (2022-01-28); In-text date “27 January 2022” says 2022-01-27.");
    }

    @Test
    void readsTheDateLinesAndTimestampsPagesOpenWith() {
        assertThat(pageDate("fbpx\n13:29 02 Feb 2022\n\nMedia revealed")).isEqualTo(LocalDate.of(2022, 2, 2));
        assertThat(pageDate("17:45 GMT 26.01.2022 (Updated: 18:14 GMT 26.01.2022)")).isEqualTo(LocalDate.of(2022, 1, 26));
        assertThat(pageDate("WASHINGTON, January 27, 2022 — The US replied to Moscow's draft treaties in writing, officials said on Wednesday evening.")).isEqualTo(LocalDate.of(2022, 1, 27));
        assertThat(pageDate("Posted 3 March 2022 by staff")).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(pageDate("Top official believes NATO will support Ukraine\n\n18 January 2022, 10:27 AM\n\nAll 30 members"))
                .isEqualTo(LocalDate.of(2022, 1, 18));
        assertThat(pageDate("- The Washington Times - Wednesday, February 2, 2022\n\nThe United States is willing"))
                .isEqualTo(LocalDate.of(2022, 2, 2));
        assertThat(pageDate("US, NATO don't cave in\n\nby Oleg Sukhov January 26, 2022 11:58 PM 2 min read\nSecretary"))
                .isEqualTo(LocalDate.of(2022, 1, 26));
        assertThat(pageDate("Press conference\n\n  • 26 Jan. 2022 -\n  • |\n  • Mis à jour le: 27 Jan. 2022 10:04\n"))
                .isEqualTo(LocalDate.of(2022, 1, 26));
        assertThat(pageDate("Breaking news\n14/02/2022, 18:05\n\nUkraine insists")).isEqualTo(LocalDate.of(2022, 2, 14));
        assertThat(pageDate("Politics\n2022/02/14 18:05\nUkraine insists")).isEqualTo(LocalDate.of(2022, 2, 14));
        assertThat(pageDate("Thu 27 Jan 2022 11.40 GMT\n\nRussia says")).isEqualTo(LocalDate.of(2022, 1, 27));
        assertThat(pageDate("Last updated on January 28, 2022\nFirst published: Jan 27 2022")).isEqualTo(LocalDate.of(2022, 1, 27));
        assertThat(detect("Moscow's answer\n02/01/2022\n").basis()).as("2 January or 1 February").isEqualTo(DateBasis.NONE);
    }

    @Test
    void readsMonthNamesOfOtherLanguagesFromTheResourceFile() {
        assertThat(pageDate("Posted 2 февраля 2022,, 09:47\n\nModified 24 декабря 2022,, 22:38\n\nEl Pais publishes"))
                .isEqualTo(LocalDate.of(2022, 2, 2));
        assertThat(pageDate("Publié le 27 janvier 2022\nLavrov : l'OTAN")).isEqualTo(LocalDate.of(2022, 1, 27));
        assertThat(pageDate("Madrid, 27 de enero de 2022 - 10:15\nEl Kremlin")).isEqualTo(LocalDate.of(2022, 1, 27));
        assertThat(pageDate("Aktualisiert am 28.01.2022\nVeröffentlicht am 27. Januar 2022\nDer Kreml")).isEqualTo(LocalDate.of(2022, 1, 27));
    }

    @Test
    void aLabelledPublicationDateCountsAnywhereAndAnUpdateCountsLessThanTheUrl() {
        String farDown = "Lead paragraph.\n" + "Running text of the article, line after line.\n".repeat(80);
        assertThat(pageDate(farDown + "Published: 27 January 2022\n")).isEqualTo(LocalDate.of(2022, 1, 27));
        PublicationDate updated = detect("Updated 30.01.2022\n\nThe text.",
                new ArticleMetadata("https://example.org/2022/01/27/story", null, null, null));
        assertThat(updated.day()).isEqualTo(LocalDate.of(2022, 1, 27));
        assertThat(updated.basis()).isEqualTo(DateBasis.URL);
    }

    @Test
    void datesInRunningTextAreWhatTheArticleIsAboutNotWhenItWasPublished() {
        assertThat(detect("The classified US and NATO written responses to Russia's publicly released December 17, 2021,"
                + " written security proposals reject Russia's proposal that NATO close the door.").basis()).isEqualTo(DateBasis.NONE);
        assertThat(detect("3. Foreign Minister Sergey Lavrov’s answer to a media question following his telephone"
                + " conversation with US Secretary of State Antony Blinken, Moscow, February 1, 2022").basis()).isEqualTo(DateBasis.NONE);
        assertThat(detect("Within the context of the heightened tensions, Russia, on 1st February 2022, through its foreign"
                + " minister invokes an article of a 1999 agreement.").basis()).isEqualTo(DateBasis.NONE);
    }

    @Test
    void dateLinesFarDownThePageAreCommentsOrRelatedArticles() {
        String article = "Lead paragraph.\n" + "Running text of the article, line after line.\n".repeat(80);
        assertThat(detect(article + "Comments\nJanuary 28, 2022 at 3:15 pm\nGreat piece!").basis()).isEqualTo(DateBasis.NONE);
    }

    @Test
    void datelinesAndReferencesWithoutAYearLeaveTheArticleUndated() {
        for (String text : new String[] {"BRUSSELS, January 12. /TASS/. The first meeting began on Wednesday.",
                "VIENNA/MOSCOW, Jan 13 (Reuters) – Poland’s foreign minister said on Thursday",
                "1/27, 11:27 AM (Source: TeleTrader)\n\nLavrov: 'No positive reaction'",
                "Tuesday, February 27\n\nPutin accuses the US", "Today, on December 17, the Russian Foreign Ministry"}) {
            PublicationDate date = detect(text);
            assertThat(date.day()).as(text).isNull();
            assertThat(date.precision()).as(text).isEqualTo(DatePrecision.NONE);
            assertThat(date.basis()).as(text).isEqualTo(DateBasis.NONE);
        }
    }

    @Test
    void datelinesAndReferencesAreReadAgainstTheChosenDateAsInferredEvidence() {
        PublicationDate date = detect(" date 2022-02-04 MADRID, February 4. /TASS/. The Spanish newspaper told TASS on Friday."
                + "\n\nOn Wednesday, El Pais released the documents.");
        assertThat(date.day()).isEqualTo(LocalDate.of(2022, 2, 4));
        assertThat(date.evidence()).isEqualTo("Header line “date 2022-02-04”;"
                + " the dateline “MADRID, February 4” (inferred: read in the year nearest 2022-02-04) agrees;"
                + " the text reference “on Friday” (inferred: the last Friday up to 2022-02-04) agrees.");
        assertThat(detect("Tension rose.\n\nRussian diplomats met on Sunday.",
                new ArticleMetadata("https://example.org/2022/01/10/talks", null, null, null)).evidence())
                .isEqualTo("the URL path /2022/01/10; the text reference “on Sunday” (inferred: the last Sunday up to 2022-01-10) says 2022-01-09.");
    }

    @Test
    void impossibleDatesAreNoDates() {
        assertThat(detect("Filed 31.02.2022 from Kyiv").basis()).isEqualTo(DateBasis.NONE);
    }

    @Test
    void urlPathsGiveTheDateWhenThePageHasNone() {
        for (String url : new String[] {"https://playcrazygame.com/2022/01/27/nato-and-us/",
                "https://sputniknews.com/20220127/nato-about-to-give-1092536255.html",
                "https://www.latimes.com/politics/story/2022-01-27/us-russia-talks",
                "https://russia-islworld.ru/main/kremlin-not-very-optimistic-2022-01-27-22219",
                "https://belsat.eu/en/news/27-01-2022-russia-wants-security-guarantees/",
                "https://highergroundtimes.com/higher-ground/2022/jan/27/leaks-show",
                "https://www.washingtonpost.com/world/us-russia-meet/2022/01/27/15ff0a4a-71eb_story.html"}) {
            PublicationDate date = detect("No date here.", new ArticleMetadata(url, null, null, null));
            assertThat(date.day()).as(url).isEqualTo(LocalDate.of(2022, 1, 27));
            assertThat(date.precision()).as(url).isEqualTo(DatePrecision.DAY);
            assertThat(date.basis()).as(url).isEqualTo(DateBasis.URL);
        }
    }

    @Test
    void aUrlWithYearAndMonthOnlyGivesTheMonthAndNumbersThatAreNoDatesGiveNothing() {
        PublicationDate month = detect("No date here.", new ArticleMetadata("https://blog.example/2021/12/russia-is-back/", null, null, null));
        assertThat(month.day()).isEqualTo(LocalDate.of(2021, 12, 1));
        assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
        for (String url : new String[] {"https://tass.com/world/1386819", "https://threadreaderapp.com/thread/1480579402928996352.html",
                "https://ukranews.com/en/news/827652-zelenskyy-in-kyiv-on-january-19?utm_campaign=2022-01-19",
                "https://uisgda.com/en/news/2022/us-sends-response.html"}) {
            assertThat(detect("No date here.", new ArticleMetadata(url, null, null, null)).basis()).as(url).isEqualTo(DateBasis.NONE);
        }
    }

    @Test
    void otherCandidatesAreKeptInTheEvidenceWithWhetherTheyAgree() {
        PublicationDate date = detect(" date 2022-01-26 Text 17:45 GMT 26.01.2022",
                new ArticleMetadata("https://example.org/2022/01/25/x", null, null, null));
        assertThat(date.evidence()).isEqualTo("Header line “date 2022-01-26”; In-text date “26.01.2022” agrees;"
                + " the URL path /2022/01/25 says 2022-01-25.");
    }

    @Test
    void withoutAnyCandidateTheArticleIsUndatedNeverDatedToday() {
        PublicationDate date = detect("Nothing dated.");
        assertThat(date.isUndated()).isTrue();
        assertThat(date.evidence()).contains("undated");
    }

    private static PublicationDate detect(String text) {
        return detect(text, ArticleMetadata.NONE);
    }

    private static PublicationDate detect(String text, ArticleMetadata metadata) {
        return DateDetector.detect(text, metadata).date();
    }

    private static LocalDate pageDate(String text) {
        PublicationDate date = detect(text);
        assertThat(date.basis()).as(text).isEqualTo(DateBasis.IN_TEXT);
        return date.day();
    }
}
