package org.newsarchive.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.CoverageTimeline.Bar;
import org.newsarchive.article.CoverageTimeline.Granularity;
import org.newsarchive.article.CoverageTimeline.Segment;
import org.newsarchive.article.CoverageTimeline.Series;

class CoverageTimelineTest {

    static final LocalDate JAN_26 = LocalDate.of(2022, 1, 26);

    @Test
    void spansUnderFourMonthsAreShownByDayAndLongerOnesByMonth() {
        assertThat(Granularity.forSpan(JAN_26, JAN_26.plusDays(119))).isEqualTo(Granularity.DAY);
        assertThat(Granularity.forSpan(JAN_26, JAN_26.plusDays(120))).isEqualTo(Granularity.MONTH);
    }

    @Test
    void everyDayOfTheSpanIsABarAndOnlyDaysWithArticlesLinkToTheirPage() {
        CoverageTimeline timeline = CoverageTimeline.of(Granularity.DAY, JAN_26, JAN_26.plusDays(7), List.of(
                new OutletCount(JAN_26, "sputnik", "Sputnik", 1),
                new OutletCount(JAN_26.plusDays(1), "atalayar", "Atalayar", 1),
                new OutletCount(JAN_26.plusDays(1), "pledge-times", "Pledge Times", 2),
                new OutletCount(JAN_26.plusDays(7), "unidentified", "Unidentified", 1)));

        assertThat(timeline.bars()).hasSize(8).extracting(Bar::href).containsExactly(
                "/dates/2022-01-26", "/dates/2022-01-27", null, null, null, null, null, "/dates/2022-02-02");
        assertThat(timeline.maxArticles()).isEqualTo(3);
        Bar jan27 = timeline.bars().get(1);
        assertThat(jan27.label()).isEqualTo("27 Jan 2022");
        assertThat(jan27.x()).isEqualTo(100.0);
        assertThat(jan27.width()).isEqualTo(100.0);
        assertThat(jan27.segments()).extracting(segment -> segment.series().name(), Segment::articles)
                .containsExactly(tuple("Pledge Times", 2L),
                        tuple("Atalayar", 1L));
        Segment top = jan27.segments().get(1);
        assertThat(top.y()).isZero();
        assertThat(top.height()).isCloseTo(CoverageTimeline.HEIGHT / 3.0, offset(0.01));
    }

    @Test
    void outletsBeyondTheColouredOnesShareOneSeries() {
        List<OutletCount> counts = new ArrayList<>();
        for (int outlet = 0; outlet < 10; outlet++) {
            counts.add(new OutletCount(JAN_26, "outlet-" + outlet, "Outlet " + outlet, 20 - outlet));
        }
        CoverageTimeline timeline = CoverageTimeline.of(Granularity.DAY, JAN_26, JAN_26, counts);

        assertThat(timeline.legend()).hasSize(CoverageTimeline.COLOURED_OUTLETS + 1)
                .first().isEqualTo(new Series("outlet-0", "Outlet 0", 0));
        assertThat(timeline.legend().get(CoverageTimeline.COLOURED_OUTLETS).slug()).isNull();
        Segment others = timeline.bars().get(0).segments().get(CoverageTimeline.COLOURED_OUTLETS);
        assertThat(others.articles()).isEqualTo(11 + 12);
    }

    @Test
    void monthBarsStartOnTheFirstAndLinkToTheMonthCalendar() {
        CoverageTimeline timeline = CoverageTimeline.of(Granularity.MONTH, LocalDate.of(2021, 11, 20),
                LocalDate.of(2022, 2, 2), List.of(new OutletCount(2022, 1, "sputnik", "Sputnik", 4L)));

        assertThat(timeline.bars()).extracting(Bar::label)
                .containsExactly("November 2021", "December 2021", "January 2022", "February 2022");
        assertThat(timeline.bars()).extracting(Bar::href).containsExactly(null, null, "/dates/2022-01", null);
        assertThat(timeline.bars()).extracting(Bar::tick).containsExactly("Nov 2021", "Dec 2021", "Jan 2022", "Feb 2022");
    }
}
