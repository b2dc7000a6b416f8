package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dates a page gives itself: a date line or timestamp near the top ("17:45 GMT 26.01.2022",
 * "by Jane Doe January 26, 2022 11:58 PM", "WASHINGTON, January 27, 2022 —"), or a labelled one anywhere
 * ("Published: 2 February 2022"). A date inside running text ("released on December 17, 2021, the
 * draft ...") tells what the text is about, not when it was published, and is left alone, as are the
 * dates of comments and related articles further down.
 */
final class PageDates {

    /** How far down the page a date line still belongs to the article's head. */
    static final int TOP = 3000;
    /** Longer lines are running text, unless the date opens them as a dateline does. */
    static final int LONGEST_DATE_LINE = 90;
    private static final int LONGEST_DATELINE_PLACE = 40;
    /** The place of a dateline: capitalised words ("WASHINGTON", "Moscow", "VIENNA/MOSCOW"). */
    private static final Pattern PLACE = Pattern.compile("(?:\\p{Lu}[\\p{L}.'’/-]*[\\s,]*)+");

    private final WrittenDates dates;
    private final Pattern publishedLabel;
    private final Pattern updatedLabel;
    private final Pattern weekday;

    PageDates(DatePhrases phrases) {
        this.dates = new WrittenDates(phrases);
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String ending = "\\s*(?:(?:" + phrases.labelConnectors() + ")(?!\\p{L})|:|-|—)?[\\s:,.]*";
        this.publishedLabel = Pattern.compile("(?:" + phrases.publishedLabels() + ")" + ending, flags);
        this.updatedLabel = Pattern.compile("[(\\[]?(?:" + phrases.updatedLabels() + ")" + ending, flags);
        this.weekday = Pattern.compile("(?<!\\p{L})(?:" + phrases.weekdayNames() + ")(?!\\p{L})\\.?,?\\s*", flags);
    }

    List<DateCandidate> find(String text) {
        List<DateCandidate> found = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            read(line, offset < TOP).ifPresent(found::add);
            offset += line.length() + 1;
        }
        return found;
    }

    /** The first date of the line, when the line is a date line; only a labelled one counts below the top. */
    private Optional<DateCandidate> read(String line, boolean atTop) {
        Optional<WrittenDates.Found> first = dates.first(line);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        WrittenDates.Found date = first.get();
        String before = line.substring(0, date.start()).replaceFirst("^[\\s\\p{Pd}•·|*>»]+", "");
        String words = line.substring(date.start(), date.end());
        if (updatedLabel.matcher(before).matches()) {
            return Optional.of(DateCandidate.day(date.day(), DateSource.PAGE_UPDATE, "Update date “" + before.strip() + " " + words + "”"));
        }
        if (publishedLabel.matcher(before).matches()) {
            return Optional.of(DateCandidate.day(date.day(), DateSource.PAGE, "Page date “" + before.strip() + " " + words + "”"));
        }
        if (atTop && (line.strip().length() <= LONGEST_DATE_LINE || isDateline(before))) {
            return Optional.of(DateCandidate.day(date.day(), DateSource.PAGE, "In-text date “" + words + "”"));
        }
        return Optional.empty();
    }

    private boolean isDateline(String before) {
        String place = weekday.matcher(before).replaceAll("").strip();
        return place.length() <= LONGEST_DATELINE_PLACE && (place.isEmpty() || PLACE.matcher(place).matches());
    }
}
