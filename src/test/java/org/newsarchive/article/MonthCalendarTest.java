package org.newsarchive.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.MonthCalendar.Day;

class MonthCalendarTest {

    @Test
    void weeksRunFromMondayAndDaysOfOtherMonthsAreOutside() {
        MonthCalendar january = MonthCalendar.of(YearMonth.of(2022, 1),
                List.of(new DayCount(LocalDate.of(2022, 1, 26), 1), new DayCount(LocalDate.of(2022, 1, 27), 3)),
                List.of(), null, YearMonth.of(2022, 2));

        assertThat(january.weeks()).hasSize(6).allSatisfy(week -> assertThat(week).hasSize(7));
        assertThat(january.weeks().get(0).get(0)).isEqualTo(new Day(LocalDate.of(2021, 12, 27), true, 0));
        assertThat(january.weeks().get(0).get(5)).isEqualTo(new Day(LocalDate.of(2022, 1, 1), false, 0));
        assertThat(january.weeks().get(4).get(3)).isEqualTo(new Day(LocalDate.of(2022, 1, 27), false, 3));
        assertThat(january.weeks().get(5).get(6)).isEqualTo(new Day(LocalDate.of(2022, 2, 6), true, 0));
        assertThat(january.articles()).isEqualTo(4);
        assertThat(january.next()).isEqualTo(YearMonth.of(2022, 2));
    }

    @Test
    void articlesKnownToTheMonthOnlyCountForTheMonthButForNoDay() {
        ArticleSummary monthOnly = new ArticleSummary(7L, "russia-is-back", "Russia is back", "Sott", "sott",
                LocalDate.of(2021, 12, 1), DatePrecision.MONTH, DateBasis.HEADER_LINE, "Header line “date 2021-12”.");
        MonthCalendar december = MonthCalendar.of(YearMonth.of(2021, 12), List.of(), List.of(monthOnly), null, null);

        assertThat(december.articles()).isEqualTo(1);
        assertThat(december.dayUnknown()).containsExactly(monthOnly);
        assertThat(december.weeks().stream().flatMap(List::stream).mapToLong(Day::articles).sum()).isZero();
    }
}
