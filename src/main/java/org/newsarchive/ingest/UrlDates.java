package org.newsarchive.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date in an article's address, as content systems write it into paths: {@code /2021/12/23/},
 * {@code /2022/feb/2/}, {@code /20220126/}, {@code /2022-01-10/}, {@code -2022-01-27-}, {@code /18-12-2021-};
 * {@code /2021/12/} alone gives the month. The query string is left out: it repeats words, not dates.
 */
final class UrlDates {

    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
    private static final String START = "[/_-]";
    private static final String END = "(?=[/_.-]|$)";

    private final DatePhrases phrases;
    private final List<Pattern> days;
    private final List<Pattern> months;

    UrlDates(DatePhrases phrases) {
        this.phrases = phrases;
        String monthName = "(?<monthName>" + phrases.monthNames() + ")";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.days = List.of(
                Pattern.compile("/" + YEAR + "/(?<month>\\d{1,2})/(?<day>\\d{1,2})" + END),
                Pattern.compile("/" + YEAR + "/" + monthName + "/(?<day>\\d{1,2})" + END, flags),
                Pattern.compile(START + YEAR + "-(?<month>\\d{2})-(?<day>\\d{2})" + END),
                Pattern.compile(START + YEAR + "(?<month>\\d{2})(?<day>\\d{2})" + END),
                Pattern.compile(START + "(?<day>\\d{2})-(?<month>\\d{2})-" + YEAR + END));
        this.months = List.of(
                Pattern.compile("/" + YEAR + "/(?<month>\\d{1,2})/(?!\\d)"),
                Pattern.compile("/" + YEAR + "/" + monthName + "/(?!\\d)", flags));
    }

    Optional<DateCandidate> find(String url) {
        String path = path(url);
        for (Pattern pattern : days) {
            Matcher matcher = pattern.matcher(path);
            while (matcher.find()) {
                Optional<LocalDate> day = month(matcher)
                        .flatMap(month -> WrittenDates.of(month.getYear(), month.getMonthValue(), Integer.parseInt(matcher.group("day"))));
                if (day.isPresent()) {
                    return Optional.of(DateCandidate.day(day.get(), DateSource.URL, "the URL path " + matcher.group()));
                }
            }
        }
        for (Pattern pattern : months) {
            Matcher matcher = pattern.matcher(path);
            while (matcher.find()) {
                Optional<YearMonth> month = month(matcher);
                if (month.isPresent()) {
                    return Optional.of(DateCandidate.month(month.get(), DateSource.URL, "the URL path " + matcher.group()));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<YearMonth> month(Matcher matcher) {
        int year = Integer.parseInt(matcher.group("year"));
        int month;
        if (matcher.pattern().pattern().contains("<monthName>")) {
            Month named = phrases.month(matcher.group("monthName"));
            if (named == null) {
                return Optional.empty();
            }
            month = named.getValue();
        } else {
            month = Integer.parseInt(matcher.group("month"));
        }
        return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(year, month)) : Optional.empty();
    }

    private static String path(String url) {
        try {
            String path = new URI(url.strip()).getRawPath();
            if (path != null) {
                return path;
            }
        } catch (URISyntaxException e) {
            // Addresses as crawlers hand them over are not always valid URIs: cut them by hand.
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
