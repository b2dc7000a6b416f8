package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.springframework.stereotype.Component;

/**
 * How many articles' bodies hold each word, kept while the index is unchanged: a word's count is a term-dictionary
 * seek in every segment of the index, and texts compared one after another (a batch of articles being grouped
 * into stories, the other coverage of the pages read) ask for the same words again and again. Counts kept
 * past a change would weigh words by an archive that no longer is: after a first import into a small one,
 * they grouped other stories than the index's own counts.
 */
@Component
class DocumentFrequencies {

    private static final int WORDS = 200_000;

    private final Cache<String, Integer> counts = Caffeine.newBuilder().maximumSize(WORDS).build();
    /** The documents and live documents of the index the counts are of: an addition or a deletion changes one or the other. */
    private final AtomicLong indexState = new AtomicLong(-1);

    int of(IndexReader reader, String word) {
        long state = (long) reader.maxDoc() << Integer.SIZE | reader.numDocs();
        if (indexState.getAndSet(state) != state) {
            counts.invalidateAll();
        }
        return counts.get(word, key -> {
            try {
                return reader.docFreq(new Term(LikeTextQuery.FIELD, key));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
