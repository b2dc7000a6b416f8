package org.newsarchive.article;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One month laid out in weeks from Monday, with the articles of each day, and apart from the days the
 * articles known to have appeared that month on a day nobody knows. The previous and next months are the
 * nearest ones that hold articles on a known day, or null.
 */
public record MonthCalendar(YearMonth month, long articles, List<List<Day>> weeks, List<ArticleSummary> dayUnknown,
        YearMonth previous, YearMonth next) {

    /** A day of the grid; days of the neighbouring months that fill the first and last weeks are outside. */
    public record Day(LocalDate date, boolean outside, long articles) {
    }

    static MonthCalendar of(YearMonth month, List<DayCount> counts, List<ArticleSummary> dayUnknown, YearMonth previous,
            YearMonth next) {
        Map<LocalDate, Long> byDay = counts.stream().collect(Collectors.toMap(DayCount::day, DayCount::articles));
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            List<Day> week = new ArrayList<>(7);
            for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
                boolean outside = !YearMonth.from(day).equals(month);
                week.add(new Day(day, outside, outside ? 0 : byDay.getOrDefault(day, 0L)));
            }
            weeks.add(week);
        }
        long articles = counts.stream().mapToLong(DayCount::articles).sum() + dayUnknown.size();
        return new MonthCalendar(month, articles, weeks, List.copyOf(dayUnknown), previous, next);
    }
}
