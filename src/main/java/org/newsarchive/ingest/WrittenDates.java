package org.newsarchive.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates as pages write them: "27 January 2022", "Jan. 27, 2022", "2 февраля 2022", "27 de enero de 2022", "26.01.2022",
 * "27/01/2022", "2022-01-27", "2022/01/27". Day-first or month-first slashed dates are read only where day and
 * month cannot be confused.
 */
final class WrittenDates {

    /** Where a date was found in a piece of text. */
    record Found(LocalDate day, int start, int end) {
    }

    private static final String YEAR = "(?<year>(?:19|20)\\d{2})(?!\\d)";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String NOT_AFTER_LETTER = "(?<![\\p{L}\\d])";
    /** A year, where every full date ends. */
    private static final Pattern A_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    /** More than any date writes before its year, "27th of January, " or "27 de enero del " with room to spare. */
    private static final int BEFORE_YEAR = 80;
    /** What a date written year first has after it: "-01-27". */
    private static final int AFTER_YEAR = 6;

    private final DatePhrases phrases;
    private final List<Pattern> patterns;

    WrittenDates(DatePhrases phrases) {
        this.phrases = phrases;
        String month = "(?<month>" + phrases.monthNames() + ")(?!\\p{L})\\.?";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.patterns = List.of(
                Pattern.compile(NOT_AFTER_LETTER + "(?<day>\\d{1,2})" + ORDINAL + "\\.?\\s+(?:of\\s+|de\\s+)?" + month
                        + ",?\\s+(?:de\\s+|del\\s+)?" + YEAR, flags),
                Pattern.compile(NOT_AFTER_LETTER + month + "\\s+(?<day>\\d{1,2})" + ORDINAL + ",?\\s+" + YEAR, flags),
                Pattern.compile("(?<![\\d.])(?<day>\\d{1,2})\\.(?<monthNumber>\\d{1,2})\\." + YEAR),
                Pattern.compile("(?<![\\d/])(?<first>\\d{1,2})/(?<second>\\d{1,2})/" + YEAR),
                Pattern.compile("(?<![\\d/-])" + YEAR.replace("(?!\\d)", "") + "(?<separator>[-/])(?<monthNumber>\\d{2})\\k<separator>(?<day>\\d{2})(?!\\d)"));
    }

    /**
     * The first real date in the text, if any. Every date ends or begins with a year, so the patterns are tried only
     * around each year: matching month names without regard to case at every position of a long text made dates
     * a fourteenth of an import's time.
     */
    Optional<Found> first(CharSequence text) {
        List<int[]> stretches = new ArrayList<>();
        Matcher year = A_YEAR.matcher(text);
        for (int previousEnd = 0; year.find(); previousEnd = year.end()) {
            stretches.add(new int[] {Math.max(previousEnd, year.start() - BEFORE_YEAR), Math.min(text.length(), year.end() + AFTER_YEAR)});
        }
        Found first = null;
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            search:
            for (int[] stretch : stretches) {
                if (first != null && stretch[0] >= first.start()) {
                    break;
                }
                matcher.region(stretch[0], stretch[1]);
                while (matcher.find() && (first == null || matcher.start() < first.start())) {
                    Optional<LocalDate> day = day(matcher);
                    if (day.isPresent()) {
                        first = new Found(day.get(), matcher.start(), matcher.end());
                        break search;
                    }
                }
            }
        }
        return Optional.ofNullable(first);
    }

    private Optional<LocalDate> day(Matcher matcher) {
        String pattern = matcher.pattern().pattern();
        int year = Integer.parseInt(matcher.group("year"));
        if (pattern.contains("<first>")) {
            int first = Integer.parseInt(matcher.group("first"));
            int second = Integer.parseInt(matcher.group("second"));
            if (first <= 12 && second <= 12 && first != second) {
                return Optional.empty();
            }
            return first > 12 ? of(year, second, first) : of(year, first, second);
        }
        int day = Integer.parseInt(matcher.group("day"));
        if (pattern.contains("<monthNumber>")) {
            return of(year, Integer.parseInt(matcher.group("monthNumber")), day);
        }
        Month month = phrases.month(matcher.group("month").replaceAll("\\s+", " "));
        return month == null ? Optional.empty() : of(year, month.getValue(), day);
    }

    static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
