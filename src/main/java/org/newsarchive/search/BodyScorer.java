package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * Scores bodies for a set of words as the index scores them for a query of those words, any of which may match
 * (BM25, Lucene's and Hibernate Search's default), but from the bodies' own words: asking the index would seek
 * each word in every segment, which was a quarter of an import's time (bench/README.md). The words' document
 * counts come from {@link DocumentFrequencies}, the field's statistics from the reader.
 */
final class BodyScorer {

    private static final BM25Similarity BM25 = new BM25Similarity();

    private final Map<String, Similarity.SimScorer> scorers = new LinkedHashMap<>();

    BodyScorer(List<String> words, IndexReader reader, DocumentFrequencies frequencies) {
        try {
            CollectionStatistics field = new IndexSearcher(reader).collectionStatistics(LikeTextQuery.FIELD);
            for (String word : words) {
                int documents = frequencies.of(reader, word);
                if (field != null && documents > 0) {
                    // BM25 weighs a word by the documents that hold it; how often they hold it does not count.
                    scorers.put(word, BM25.scorer(1f, field, new TermStatistics(new BytesRef(word), documents, documents)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float score(BodyWords body) {
        double score = 0;
        for (Map.Entry<String, Similarity.SimScorer> word : scorers.entrySet()) {
            Integer count = body.counts().get(word.getKey());
            if (count != null) {
                score += word.getValue().score(count, body.norm());
            }
        }
        return (float) score;
    }
}
