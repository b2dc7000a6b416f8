package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.DatePrecision;
import org.newsarchive.article.PublicationDate;
import org.newsarchive.support.RealWorldSet;

/**
 * The date figure on the real-world development set: an article is right when its date equals the
 * careful reader's, to the month where the reader knows only the month, and undated where the reader
 * found no date. The captures are read as an import reads them, with the manifest's URL beside them.
 */
class RealWorldDatesTest {

    private static final double REQUIRED = 0.95;

    @Test
    void datesAtLeastNinetyFivePercentRightAndNoneTheImportDay() {
        Map<String, String> urls = RealWorldSet.urls();
        List<String> wrong = new ArrayList<>();
        int right = 0;
        int dated = 0;
        int datedRight = 0;
        List<RealWorldSet.Answer> answers = RealWorldSet.answers();
        for (RealWorldSet.Answer answer : answers) {
            PublicationDate date = DateDetector.detect(TextNormaliser.normalise(RealWorldSet.capture(answer.file())),
                    new ArticleMetadata(urls.get(answer.file()), null, null, null)).date();
            String stored = stored(date);
            boolean isRight = stored.equals(answer.date());
            right += isRight ? 1 : 0;
            if (!answer.date().isEmpty()) {
                dated++;
                datedRight += isRight ? 1 : 0;
            }
            if (!isRight) {
                wrong.add(answer.file() + ": " + (stored.isEmpty() ? "undated" : stored) + " where the answer is "
                        + (answer.date().isEmpty() ? "undated" : answer.date()) + " (" + date.evidence() + ")");
            }
        }
        System.out.printf("dates: %d/%d right (%.1f%%); of the %d the reader could date, %d right (%.1f%%)%n", right,
                answers.size(), 100.0 * right / answers.size(), dated, datedRight, 100.0 * datedRight / dated);
        wrong.forEach(line -> System.out.println("  wrong " + line));
        assertThat((double) right / answers.size()).as("share right of all").isGreaterThanOrEqualTo(REQUIRED);
        assertThat((double) datedRight / dated).as("share right of those with a date").isGreaterThanOrEqualTo(REQUIRED);
    }

    /** The date as the answers write it: YYYY-MM-DD, YYYY-MM, or empty for undated. */
    private static String stored(PublicationDate date) {
        if (date.isUndated()) {
            return "";
        }
        return date.precision() == DatePrecision.MONTH ? date.day().toString().substring(0, 7) : date.day().toString();
    }
}
