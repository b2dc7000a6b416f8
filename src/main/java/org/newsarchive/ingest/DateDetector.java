package org.newsarchive.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsarchive.article.DateBasis;
import org.newsarchive.article.PublicationDate;

/**
 * Works out when an article was published and records how: a leading {@code date YYYY-MM-DD} line,
 * then a date given with the import, then the first dateline or timestamp of the text, then the date
 * path of the URL. Where there is none, the import day is recorded as an inferred date.
 * Other clues are kept in the evidence, saying whether they agree.
 */
final class DateDetector {

    /** The header line, which in the seed captures runs straight into the first paragraph. */
    static final Pattern HEADER_LINE = Pattern.compile("\\A\\s*date (\\d{4}-\\d{2}-\\d{2})[ \\t]*\\n?");

    private static final String MONTHS = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
    private static final List<Pattern> IN_TEXT = List.of(
            // 13:29 02 Feb 2022
            Pattern.compile("\\b(?:\\d{1,2}:\\d{2}(?: GMT| UTC)? )?(?<day>\\d{1,2}) (?<month>" + MONTHS + ")\\.? (?<year>(?:19|20)\\d{2})\\b"),
            // 26.01.2022
            Pattern.compile("\\b(?<day>\\d{1,2})\\.(?<monthNumber>\\d{1,2})\\.(?<year>(?:19|20)\\d{2})\\b"),
            // January 27, 2022
            Pattern.compile("\\b(?<month>" + MONTHS + ")\\.? (?<day>\\d{1,2}), (?<year>(?:19|20)\\d{2})\\b"));
    private static final Pattern URL_PATH = Pattern.compile(
            "/(?<year>(?:19|20)\\d{2})(?:/(?<month>\\d{2})/(?<day>\\d{2})|(?<month2>\\d{2})(?<day2>\\d{2}))(?=/|-|_|$)");
    private static final DateTimeFormatter MONTH_NAME = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM").toFormatter(Locale.ENGLISH);

    record Clue(LocalDate day, DateBasis basis, String description) {
    }

    /** The date, and the text without its header line. */
    record Dated(PublicationDate date, String text) {
    }

    private DateDetector() {
    }

    static Dated detect(String text, ArticleMetadata metadata, LocalDate importDay) {
        List<Clue> clues = new ArrayList<>();
        String rest = text;
        Matcher header = HEADER_LINE.matcher(text);
        if (header.find()) {
            parse(header.group(1)).ifPresent(day ->
                    clues.add(new Clue(day, DateBasis.HEADER_LINE, "Header line “date " + header.group(1) + "”")));
            rest = text.substring(header.end());
        }
        if (metadata.date() != null) {
            clues.add(new Clue(metadata.date(), DateBasis.HEADER_LINE, "Date given with the import (" + metadata.date() + ")"));
        }
        inText(rest).ifPresent(clues::add);
        if (metadata.url() != null) {
            inUrl(metadata.url()).ifPresent(clues::add);
        }
        if (clues.isEmpty()) {
            return new Dated(new PublicationDate(importDay, DateBasis.INFERRED,
                    "No date line, in-text date, given date or dated URL: the day of import is recorded."), rest);
        }
        Clue chosen = clues.get(0);
        StringBuilder evidence = new StringBuilder(chosen.description());
        for (Clue other : clues.subList(1, clues.size())) {
            evidence.append("; ").append(other.description())
                    .append(other.day().equals(chosen.day()) ? " agrees" : " says " + other.day());
        }
        return new Dated(new PublicationDate(chosen.day(), chosen.basis(), evidence.append('.').toString()), rest);
    }

    private static Optional<Clue> inText(String text) {
        Clue first = null;
        int firstAt = Integer.MAX_VALUE;
        for (Pattern pattern : IN_TEXT) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find() && matcher.start() < firstAt) {
                Optional<LocalDate> day = day(matcher);
                if (day.isPresent()) {
                    first = new Clue(day.get(), DateBasis.IN_TEXT, "In-text date “" + matcher.group() + "”");
                    firstAt = matcher.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(first);
    }

    private static Optional<Clue> inUrl(String url) {
        Matcher matcher = URL_PATH.matcher(url);
        while (matcher.find()) {
            String month = matcher.group("month") != null ? matcher.group("month") : matcher.group("month2");
            String day = matcher.group("day") != null ? matcher.group("day") : matcher.group("day2");
            Optional<LocalDate> date = of(matcher.group("year"), month, day);
            if (date.isPresent()) {
                return Optional.of(new Clue(date.get(), DateBasis.URL, "the URL path " + matcher.group()));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> day(Matcher matcher) {
        String month = matcher.pattern().pattern().contains("monthNumber") ? matcher.group("monthNumber")
                : String.valueOf(MONTH_NAME.parse(matcher.group("month").substring(0, 3)).get(ChronoField.MONTH_OF_YEAR));
        return of(matcher.group("year"), month, matcher.group("day"));
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> parse(String isoDay) {
        try {
            return Optional.of(LocalDate.parse(isoDay));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
