package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.similarities.ClassicSimilarity;

/**
 * The words of a text that weigh most by tf·idf in the articles' bodies, as Lucene's {@code MoreLikeThis} chooses
 * them: the {@code maxTerms} weightiest of those the text has at least {@code minTermFrequency} times.
 */
final class WeightiestWords {

    /** {@code MoreLikeThis}'s default: the words after these do not count. */
    private static final int MAX_TOKENS = 5000;
    private static final ClassicSimilarity SIMILARITY = new ClassicSimilarity();

    private record WeighedWord(String word, float weight) {
    }

    private WeightiestWords() {
    }

    static List<String> of(String text, Analyzer analyzer, IndexReader reader, DocumentFrequencies frequencies, int minTermFrequency,
            int maxTerms) {
        return of(counts(text, analyzer), reader, frequencies, minTermFrequency, maxTerms);
    }

    /** The weightiest of words counted as {@link #counts} counts them. */
    static List<String> of(Map<String, Integer> counts, IndexReader reader, DocumentFrequencies frequencies, int minTermFrequency,
            int maxTerms) {
        try {
            int withField = reader.getDocCount(LikeTextQuery.FIELD);
            long documents = withField == -1 ? reader.numDocs() : withField;
            PriorityQueue<WeighedWord> weightiest = new PriorityQueue<>(Comparator.comparingDouble(WeighedWord::weight));
            for (Map.Entry<String, Integer> word : counts.entrySet()) {
                if (word.getValue() < minTermFrequency) {
                    continue;
                }
                int documentFrequency = frequencies.of(reader, word.getKey());
                if (documentFrequency == 0) {
                    continue;
                }
                float weight = word.getValue() * SIMILARITY.idf(documentFrequency, documents);
                if (weightiest.size() < maxTerms) {
                    weightiest.add(new WeighedWord(word.getKey(), weight));
                } else if (weightiest.peek().weight() < weight) {
                    weightiest.poll();
                    weightiest.add(new WeighedWord(word.getKey(), weight));
                }
            }
            List<String> words = new ArrayList<>(weightiest.size());
            weightiest.forEach(word -> words.add(word.word()));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The counts of {@code headline + "\n" + body}, from the body's words already counted unless the two are longer
     * than the words counted.
     */
    static Map<String, Integer> counts(String headline, String body, BodyWords bodyWords, Analyzer analyzer) {
        Map<String, Integer> counts = counts(headline, analyzer);
        int headlineWords = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (headlineWords + bodyWords.words() > MAX_TOKENS) {
            return counts(headline + "\n" + body, analyzer);
        }
        bodyWords.counts().forEach((word, count) -> counts.merge(word, count, Integer::sum));
        return counts;
    }

    /** How often the text has each of its first {@link #MAX_TOKENS} words. */
    static Map<String, Integer> counts(String text, Analyzer analyzer) {
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(LikeTextQuery.FIELD, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            for (int count = 0; tokens.incrementToken() && count < MAX_TOKENS; count++) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }
}
