package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class DateHistogramTest {

    @Test
    void hitsWithinThreeMonthsAreShownByDay() {
        Map<LocalDate, Long> days = Map.of(LocalDate.of(2022, 1, 31), 4L, LocalDate.of(2022, 3, 1), 1L);

        assertThat(DateBuckets.span(days)).isEqualTo(3);
    }

    @Test
    void daysAreAddedUpByMonthOrByYear() {
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        days.put(LocalDate.of(2001, 2, 3), 2L);
        days.put(LocalDate.of(1999, 12, 31), 1L);
        days.put(LocalDate.of(2001, 11, 5), 1L);
        days.put(LocalDate.of(2001, 11, 30), 2L);

        assertThat(DateBuckets.span(days)).isEqualTo(24);
        assertThat(DateBuckets.months(days)).extracting(DateBucket::value, DateBucket::start, DateBucket::end, DateBucket::count)
                .containsExactly(
                        tuple("1999-12", LocalDate.of(1999, 12, 1), LocalDate.of(1999, 12, 31), 1L),
                        tuple("2001-02", LocalDate.of(2001, 2, 1), LocalDate.of(2001, 2, 28), 2L),
                        tuple("2001-11", LocalDate.of(2001, 11, 1), LocalDate.of(2001, 11, 30), 3L));
        assertThat(DateBuckets.years(days)).containsExactly(
                new DateBucket("1999", LocalDate.of(1999, 1, 1), LocalDate.of(1999, 12, 31), 1),
                new DateBucket("2001", LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31), 5));
    }

    @Test
    void eachBarFillsItsShareOfTheWidthAndIsAsTallAsItsCountAllowsAndLinksToItsDates() {
        List<DateBucket> dates = List.of(
                new DateBucket("2021", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), 1),
                new DateBucket("2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), 4));
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("timeline.articles", Locale.ENGLISH, "{0,choice,1#1 article|1<{0,number,integer} articles}");

        DateHistogram histogram = DateHistogram.of(new Facets(Map.of(), dates, DateStep.YEAR, 0),
                SearchLinks.of(SearchRequest.of("NATO", 1, 20)), messages, Locale.ENGLISH);

        assertThat(histogram.step()).isEqualTo(DateStep.YEAR);
        assertThat(histogram.first()).isEqualTo("2021");
        assertThat(histogram.last()).isEqualTo("2022");
        assertThat(histogram.bars()).extracting(DateHistogram.Bar::x, DateHistogram.Bar::width, DateHistogram.Bar::barX,
                DateHistogram.Bar::barY, DateHistogram.Bar::barWidth, DateHistogram.Bar::barHeight).containsExactly(
                tuple("0.0", "150.0", "15.0", "46.0", "120.0", "14.0"),
                tuple("150.0", "150.0", "165.0", "4.0", "120.0", "56.0"));
        assertThat(histogram.bars()).extracting(DateHistogram.Bar::title)
                .containsExactly("2021: 1 article", "2022: 4 articles");
        assertThat(histogram.bars().get(0).href()).isEqualTo("/search?q=NATO&from=2021-01-01&to=2021-12-31");
    }

    @Test
    void daysArePlacedByTimeLeavingGapsForDaysWithoutHitsAndLabelledAsTheSiteWritesDates() {
        List<DateBucket> dates = List.of(
                new DateBucket("2022-01-26", LocalDate.of(2022, 1, 26), LocalDate.of(2022, 1, 26), 1),
                new DateBucket("2022-01-27", LocalDate.of(2022, 1, 27), LocalDate.of(2022, 1, 27), 3),
                new DateBucket("2022-02-02", LocalDate.of(2022, 2, 2), LocalDate.of(2022, 2, 2), 1));
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("timeline.articles", Locale.ENGLISH, "{0,choice,1#1 article|1<{0,number,integer} articles}");

        DateHistogram histogram = DateHistogram.of(new Facets(Map.of(), dates, DateStep.DAY, 0),
                SearchLinks.of(SearchRequest.of("NATO", 1, 20)), messages, Locale.ENGLISH);

        assertThat(histogram.first()).isEqualTo("26 Jan 2022");
        assertThat(histogram.last()).isEqualTo("2 Feb 2022");
        // Eight days from 26 January to 2 February: the bars stand on the first, second and eighth slot.
        assertThat(histogram.bars()).extracting(DateHistogram.Bar::x).containsExactly("0.0", "37.5", "262.5");
        assertThat(histogram.bars()).extracting(DateHistogram.Bar::title)
                .containsExactly("26 Jan 2022: 1 article", "27 Jan 2022: 3 articles", "2 Feb 2022: 1 article");
    }

    @Test
    void monthsAreLabelledByMonthAndYear() {
        List<DateBucket> dates = List.of(
                new DateBucket("2021-12", LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31), 2),
                new DateBucket("2022-03", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31), 2));
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("timeline.articles", Locale.ENGLISH, "{0,number,integer} articles");

        DateHistogram histogram = DateHistogram.of(new Facets(Map.of(), dates, DateStep.MONTH, 0),
                SearchLinks.of(SearchRequest.of("NATO", 1, 20)), messages, Locale.ENGLISH);

        assertThat(histogram.first()).isEqualTo("Dec 2021");
        assertThat(histogram.last()).isEqualTo("Mar 2022");
        assertThat(histogram.bars()).extracting(DateHistogram.Bar::x).containsExactly("0.0", "225.0");
    }

    @Test
    void noHitsDrawNoBars() {
        DateHistogram histogram = DateHistogram.of(new Facets(Map.of(), List.of(), DateStep.DAY, 0),
                SearchLinks.of(SearchRequest.of("nothing", 1, 20)), new StaticMessageSource(), Locale.ENGLISH);

        assertThat(histogram.bars()).isEmpty();
    }
}
