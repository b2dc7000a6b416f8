package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.newsarchive.index.IndexAnalyzers;
import org.newsarchive.text.Analyzers;

/**
 * Story grouping scores bodies from their own words; the scores must be those the index gives for the
 * more-like-this query of the same words, over an index of the 40 real-world captures in segments of their own.
 */
class BodyScorerTest {

    private final Analyzer english = new IndexAnalyzers().named(Analyzers.ENGLISH);

    @Test
    void scoresEveryBodyAsTheIndexScoresIt() throws IOException {
        try (CapturesIndex captures = new CapturesIndex(english)) {
            List<String> texts = captures.texts();
            try (DirectoryReader reader = captures.open()) {
                IndexSearcher searcher = new IndexSearcher(reader);
                DocumentFrequencies frequencies = new DocumentFrequencies();
                int scored = 0;
                for (String text : texts) {
                    LikeTextQuery query = new LikeTextQuery(text, english, MoreLikeThis.STORY_MIN_TERM_FREQUENCY,
                            MoreLikeThis.MORE_LIKE_THIS_TERMS, frequencies);
                    float[] byIndex = new float[texts.size()];
                    for (ScoreDoc hit : searcher.search(query, texts.size()).scoreDocs) {
                        byIndex[CapturesIndex.textOf(reader, hit.doc)] = hit.score;
                    }
                    BodyScorer scorer = new BodyScorer(WeightiestWords.of(text, english, reader, frequencies,
                            MoreLikeThis.STORY_MIN_TERM_FREQUENCY, MoreLikeThis.MORE_LIKE_THIS_TERMS), reader, frequencies);
                    for (int doc = 0; doc < texts.size(); doc++) {
                        float own = scorer.score(BodyWords.of(texts.get(doc), english));
                        assertThat(own).as("text %d, body %d", texts.indexOf(text), doc)
                                .isCloseTo(byIndex[doc], within(1e-4f * byIndex[doc] + 1e-6f));
                        scored += byIndex[doc] > 0 ? 1 : 0;
                    }
                }
                System.out.printf("Body scores from the bodies' words: %d nonzero scores of %d texts against %d bodies,"
                        + " as the index gives them%n", scored, texts.size(), texts.size());
                assertThat(scored).isGreaterThan(texts.size());
            }
        }
    }
}
