package org.newsarchive.article;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.newsarchive.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing by date: the month calendars, the day pages and the undated articles. */
@Controller
class DateController {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static final int UNDATED_PAGE_SIZE = 20;

    private final ArchiveCalendar calendar;
    private final Clock clock;

    DateController(ArchiveCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The newest month's calendar, with every month that has articles. */
    @GetMapping("/dates")
    String newestMonth(Model model, HttpServletResponse response) {
        ArchiveExtent extent = calendar.extent();
        model.addAttribute("undated", extent.undated());
        if (!extent.hasDates()) {
            model.addAttribute("calendar", calendar.month(YearMonth.now(clock)));
            model.addAttribute("months", List.of());
            return "dates/month";
        }
        return month(YearMonth.from(extent.lastDay()), model, response);
    }

    /** Articles with no evidence of their date, which no calendar can place. */
    @GetMapping("/dates/undated")
    String undated(@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page, Model model) {
        Page<ArticleSummary> listing = calendar.undated(page, UNDATED_PAGE_SIZE);
        model.addAttribute("articles", listing.getContent());
        model.addAttribute("pages", PageLinks.of(listing, page));
        return "dates/undated";
    }

    @GetMapping("/dates/{value}")
    String date(@PathVariable String value, Model model, HttpServletResponse response) {
        try {
            if (DAY.matcher(value).matches()) {
                return day(LocalDate.parse(value), model, response);
            }
            if (MONTH.matcher(value).matches()) {
                return month(YearMonth.parse(value), model, response);
            }
            if (YEAR.matcher(value).matches()) {
                return "redirect:/dates#year-" + value;
            }
        } catch (DateTimeParseException malformed) {
            throw new MalformedDateException(value);
        }
        throw new MalformedDateException(value);
    }

    /** A month or day without articles is answered with its page, as not found, so the reader can move on. */
    private String month(YearMonth month, Model model, HttpServletResponse response) {
        MonthCalendar shown = calendar.month(month);
        if (shown.articles() == 0) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("calendar", shown);
        model.addAttribute("months", calendar.months());
        model.addAttribute("undated", calendar.extent().undated());
        return "dates/month";
    }

    private String day(LocalDate day, Model model, HttpServletResponse response) {
        DayCoverage coverage = calendar.day(day);
        if (coverage.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("coverage", coverage);
        return "dates/day";
    }
}
