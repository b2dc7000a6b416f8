package org.newsarchive.article;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.newsarchive.article.CoverageTimeline.Granularity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The archive seen by date: its extent, the coverage timeline, month calendars and day pages. */
@Service
@Transactional(readOnly = true)
public class ArchiveCalendar {

    private final ArticleRepository articles;

    ArchiveCalendar(ArticleRepository articles) {
        this.articles = articles;
    }

    public ArchiveExtent extent() {
        return articles.extent();
    }

    /** The timeline over the whole of {@code extent}, or null while the archive holds no dated article. */
    public CoverageTimeline timeline(ArchiveExtent extent) {
        if (!extent.hasDates()) {
            return null;
        }
        Granularity granularity = Granularity.forSpan(extent.firstDay(), extent.lastDay());
        List<OutletCount> counts = granularity == Granularity.DAY
                ? articles.countByDayAndOutlet(extent.firstDay(), extent.lastDay())
                : articles.countByMonthAndOutlet();
        return CoverageTimeline.of(granularity, extent.firstDay(), extent.lastDay(), counts);
    }

    public List<MonthCount> months() {
        return articles.countByMonth();
    }

    public MonthCalendar month(YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        return MonthCalendar.of(month, articles.countByDay(first, last), articles.findSummariesDated(first, DatePrecision.MONTH),
                articles.findLastDayBefore(first).map(YearMonth::from).orElse(null),
                articles.findFirstDayAfter(last).map(YearMonth::from).orElse(null));
    }

    /** Undated articles, {@code page} 1-based. */
    public Page<ArticleSummary> undated(int page, int size) {
        return articles.findUndatedSummaries(PageRequest.of(page - 1, size));
    }

    public DayCoverage day(LocalDate day) {
        return DayCoverage.of(day, articles.findSummariesDated(day, DatePrecision.DAY),
                articles.findLastDayBefore(day).orElse(null), articles.findFirstDayAfter(day).orElse(null));
    }
}
