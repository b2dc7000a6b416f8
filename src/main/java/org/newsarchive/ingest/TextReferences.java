package org.newsarchive.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.newsarchive.article.DatePrecision;

/**
 * Dates the opening of an article gives without a year — a dateline ("BRUSSELS, January 12. /TASS/"),
 * a reference ("this January 27", "on Wednesday") — read against the date already chosen. They are
 * inferred, so they only ever stand as evidence: alone they cannot say which year they mean.
 */
final class TextReferences {

    private static final String NO_YEAR_AFTER = "(?!\\d)(?!\\.?,?\\s*(?:19|20)\\d{2})";

    private final DatePhrases phrases;
    private final Pattern dateline;
    private final Pattern reference;
    private final Pattern weekdayReference;

    TextReferences(DatePhrases phrases) {
        this.phrases = phrases;
        String month = "(?<month>" + phrases.monthNames() + ")(?!\\p{L})\\.?";
        String weekday = "(?:" + phrases.weekdayNames() + ")(?!\\p{L})";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.dateline = Pattern.compile("^[\\s\\p{Pd}]*(?<place>\\p{Lu}[\\p{Lu} .'’/-]{1,40}),\\s+(?i:" + month
                + ")\\s+(?<day>\\d{1,2})" + NO_YEAR_AFTER, Pattern.MULTILINE | Pattern.UNICODE_CASE);
        this.reference = Pattern.compile("(?<!\\p{L})(?:this|on)\\s+(?:" + weekday + ",?\\s+)?(?:" + month
                + "\\s+(?<day>\\d{1,2})|(?<dayFirst>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + month.replace("<month>", "<monthAfter>")
                + ")" + NO_YEAR_AFTER, flags);
        this.weekdayReference = Pattern.compile("(?<!\\p{L})on\\s+(?<weekday>" + phrases.weekdayNames()
                + ")(?!\\p{L})(?!,?\\s+(?:\\d|" + phrases.monthNames() + "))", flags);
    }

    /** The opening's first dateline and first reference, resolved against {@code anchor}. */
    List<DateCandidate> find(String text, DateCandidate anchor) {
        String opening = text.substring(0, Math.min(text.length(), PageDates.TOP));
        List<DateCandidate> found = new ArrayList<>();
        Matcher line = dateline.matcher(opening);
        if (line.find()) {
            monthDay(line.group("month"), line.group("day"), anchor)
                    .ifPresent(day -> found.add(nearest(day, anchor, "the dateline “" + line.group().strip() + "”")));
        }
        Stream.of(reference(opening, anchor), weekdayReference(opening, anchor)).flatMap(Optional::stream)
                .min(Comparator.comparingInt(Reference::start)).ifPresent(first -> found.add(first.candidate()));
        return found;
    }

    private record Reference(int start, DateCandidate candidate) {
    }

    private Optional<Reference> reference(String opening, DateCandidate anchor) {
        Matcher matcher = reference.matcher(opening);
        while (matcher.find()) {
            boolean dayFirst = matcher.group("dayFirst") != null;
            Optional<LocalDate> day = monthDay(dayFirst ? matcher.group("monthAfter") : matcher.group("month"),
                    dayFirst ? matcher.group("dayFirst") : matcher.group("day"), anchor);
            if (day.isPresent()) {
                return Optional.of(new Reference(matcher.start(),
                        nearest(day.get(), anchor, "the text reference “" + matcher.group() + "”")));
            }
        }
        return Optional.empty();
    }

    private Optional<Reference> weekdayReference(String opening, DateCandidate anchor) {
        if (anchor.precision() != DatePrecision.DAY) {
            return Optional.empty();
        }
        Matcher matcher = weekdayReference.matcher(opening);
        if (!matcher.find()) {
            return Optional.empty();
        }
        DayOfWeek weekday = phrases.weekday(matcher.group("weekday"));
        LocalDate day = anchor.day().with(TemporalAdjusters.previousOrSame(weekday));
        return Optional.of(new Reference(matcher.start(), DateCandidate.day(day, DateSource.TEXT_REFERENCE,
                "the text reference “" + matcher.group() + "” (inferred: the last " + name(weekday)
                        + " up to " + anchor.shown() + ")")));
    }

    /** The month and day in the anchor's year; the year is settled by {@link #nearest}. */
    private Optional<LocalDate> monthDay(String monthName, String day, DateCandidate anchor) {
        Month month = phrases.month(monthName.replaceAll("\\s+", " "));
        return month == null ? Optional.empty()
                : WrittenDates.of(anchor.day().getYear(), month.getValue(), Integer.parseInt(day));
    }

    /** The day in whichever year, the anchor's or a neighbour, puts it nearest the anchor. */
    private static DateCandidate nearest(LocalDate inAnchorYear, DateCandidate anchor, String description) {
        LocalDate day = Stream.of(inAnchorYear.minusYears(1), inAnchorYear, inAnchorYear.plusYears(1))
                .min(Comparator.comparingLong(candidate -> Math.abs(ChronoUnit.DAYS.between(candidate, anchor.day()))))
                .orElseThrow();
        return DateCandidate.day(day, DateSource.TEXT_REFERENCE,
                description + " (inferred: read in the year nearest " + anchor.shown() + ")");
    }

    private static String name(DayOfWeek weekday) {
        String name = weekday.name().toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
