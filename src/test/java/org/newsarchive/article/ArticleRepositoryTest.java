package org.newsarchive.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.RepositoryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

@RepositoryTest
class ArticleRepositoryTest {

    static final LocalDate JAN_27 = LocalDate.of(2022, 1, 27);

    @Autowired
    ArticleRepository articles;

    @Test
    void summariesComeNewestFirstWithTheirOutlet() {
        Page<ArticleSummary> all = articles.findSummaries(null, null, null, PageRequest.of(0, 10));
        assertThat(all.getTotalElements()).isEqualTo(5);
        assertThat(all.getContent()).extracting(ArticleSummary::publishedOn)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(all.getContent().get(0).outlet().slug()).isEqualTo("unidentified");
    }

    @Test
    void summariesFilterByDayAndOutletTogether() {
        assertThat(articles.findSummaries(JAN_27, JAN_27, null, PageRequest.of(0, 10)).getContent())
                .extracting(summary -> summary.outlet().slug())
                .containsExactlyInAnyOrder("playcrazygame", "pledge-times", "atalayar");
        assertThat(articles.findSummaries(JAN_27, JAN_27, "atalayar", PageRequest.of(0, 10)).getContent())
                .singleElement().extracting(ArticleSummary::dateBasis).isEqualTo(DateBasis.INFERRED);
        assertThat(articles.findSummaries(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 1), null, PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void summariesFilterByAnOpenOrClosedDateRange() {
        assertThat(articles.findSummaries(LocalDate.of(2022, 1, 27), null, null, PageRequest.of(0, 10)))
                .extracting(ArticleSummary::publishedOn).containsOnly(JAN_27, LocalDate.of(2022, 2, 2)).hasSize(4);
        assertThat(articles.findSummaries(null, JAN_27.minusDays(1), null, PageRequest.of(0, 10)))
                .singleElement().extracting(summary -> summary.outlet().slug()).isEqualTo("sputnik");
    }

    @Test
    void countsArticlesByDayMonthAndOutlet() {
        assertThat(articles.extent()).isEqualTo(new ArchiveExtent(5, 5, JAN_27.minusDays(1), LocalDate.of(2022, 2, 2), 0));
        assertThat(articles.countByDay(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31)))
                .containsExactly(new DayCount(JAN_27.minusDays(1), 1), new DayCount(JAN_27, 3));
        assertThat(articles.countByMonth()).extracting(MonthCount::articles).containsExactly(4L, 1L);
        assertThat(articles.countByMonthAndOutlet()).hasSize(5)
                .contains(new OutletCount(LocalDate.of(2022, 2, 1), "unidentified", "Unidentified outlet", 1));
        assertThat(articles.findLastDayBefore(JAN_27)).contains(JAN_27.minusDays(1));
        assertThat(articles.findFirstDayAfter(JAN_27)).contains(LocalDate.of(2022, 2, 2));
        assertThat(articles.findFirstDayAfter(LocalDate.of(2022, 2, 2))).isEmpty();
    }

    @Test
    void findsAnArticleWithItsOutletOrNothing() {
        long id = articles.findSummaries(null, null, "sputnik", PageRequest.of(0, 1)).getContent().get(0).id();
        assertThat(articles.findWithOutletById(id)).get()
                .satisfies(article -> assertThat(article.getOutlet().getName()).isEqualTo("Sputnik International"));
        assertThat(articles.findWithOutletById(-1L)).isEmpty();
    }
}
