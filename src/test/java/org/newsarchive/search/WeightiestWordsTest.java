package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.newsarchive.index.IndexAnalyzers;
import org.newsarchive.support.RealWorldSet;
import org.newsarchive.text.Analyzers;

/**
 * Grouping counts an article's words from its body's words, counted already, and its headline's; the counts must be
 * those of the two read one after the other, as the more-like-this query reads them.
 */
class WeightiestWordsTest {

    private final Analyzer english = new IndexAnalyzers().named(Analyzers.ENGLISH);

    @Test
    void countsHeadlineAndBodyAsTheTwoReadTogether() {
        int compared = 0;
        for (RealWorldSet.Answer answer : RealWorldSet.answers()) {
            String body = RealWorldSet.capture(answer.file());
            assertThat(WeightiestWords.counts(answer.title(), body, BodyWords.of(body, english), english))
                    .as(answer.file()).isEqualTo(WeightiestWords.counts(answer.title() + "\n" + body, english));
            compared++;
        }
        System.out.printf("Headline and body counted from the body's words: %d real-world captures as read together%n", compared);
    }

    @Test
    void countsOnlyTheFirstWordsOfALongBody() {
        String body = (RealWorldSet.capture(RealWorldSet.answers().get(0).file()) + "\n").repeat(40);
        BodyWords words = BodyWords.of(body, english);
        assertThat(words.words()).isGreaterThan(5000);
        Map<String, Integer> counts = WeightiestWords.counts("A headline", body, words, english);
        assertThat(counts).isEqualTo(WeightiestWords.counts("A headline\n" + body, english));
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5000);
    }
}
