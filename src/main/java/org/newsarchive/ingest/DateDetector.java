package org.newsarchive.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsarchive.article.PublicationDate;

/**
 * Works out when an article was published and records how. Every clue is a {@link DateCandidate}: a
 * leading {@code date YYYY-MM-DD} (or {@code YYYY-MM}) line, a date given with the import, the page's
 * own date line or timestamp, the date path of the URL, a later-update date; the most trusted wins
 * (the earliest of a kind), the rest stay in the evidence, saying whether they agree, together with the
 * datelines and text references of the opening read against the winner. Without any candidate the
 * article is undated: the day it was imported says nothing about when it was published.
 */
final class DateDetector {

    /** The header line, which in the seed captures runs straight into the first paragraph. */
    static final Pattern HEADER_LINE = Pattern.compile("\\A\\s*date (\\d{4}-\\d{2}(?:-\\d{2})?)[ \\t]*\\n?");

    private static final PageDates PAGE_DATES = new PageDates(DatePhrases.STANDARD);
    private static final UrlDates URL_DATES = new UrlDates(DatePhrases.STANDARD);
    private static final TextReferences TEXT_REFERENCES = new TextReferences(DatePhrases.STANDARD);

    /** The date, and the text without its header line. */
    record Dated(PublicationDate date, String text) {
    }

    private DateDetector() {
    }

    static Dated detect(String text, ArticleMetadata metadata) {
        List<DateCandidate> candidates = new ArrayList<>();
        String rest = text;
        Matcher header = HEADER_LINE.matcher(text);
        if (header.find()) {
            headerLine(header.group(1)).forEach(candidates::add);
            rest = text.substring(header.end());
        }
        if (metadata.date() != null) {
            candidates.add(DateCandidate.day(metadata.date(), DateSource.GIVEN,
                    "Date given with the import (" + metadata.date() + ")"));
        }
        candidates.addAll(PAGE_DATES.find(rest));
        if (metadata.url() != null) {
            URL_DATES.find(metadata.url()).ifPresent(candidates::add);
        }
        if (candidates.isEmpty()) {
            return new Dated(PublicationDate.undated("No header line, date given with the import, date line at the top"
                    + " of the page or dated URL: the article is undated."), rest);
        }
        // A stable sort: of candidates from one source, the first found wins.
        candidates.sort(Comparator.comparing(DateCandidate::source));
        DateCandidate chosen = candidates.get(0);
        candidates.addAll(TEXT_REFERENCES.find(rest, chosen));
        return new Dated(new PublicationDate(chosen.day(), chosen.precision(), chosen.source().basis(),
                evidence(chosen, candidates.subList(1, candidates.size()))), rest);
    }

    private static List<DateCandidate> headerLine(String value) {
        try {
            return List.of(value.length() == 7
                    ? DateCandidate.month(YearMonth.parse(value), DateSource.HEADER_LINE, "Header line “date " + value + "”")
                    : DateCandidate.day(LocalDate.parse(value), DateSource.HEADER_LINE, "Header line “date " + value + "”"));
        } catch (DateTimeParseException e) {
            return List.of();
        }
    }

    private static String evidence(DateCandidate chosen, List<DateCandidate> others) {
        StringBuilder evidence = new StringBuilder(chosen.description());
        for (DateCandidate other : others) {
            evidence.append("; ").append(other.description())
                    .append(other.agreesWith(chosen) ? " agrees" : " says " + other.shown());
        }
        return evidence.append('.').toString();
    }
}
