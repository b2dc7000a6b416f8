package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.springframework.stereotype.Component;

/**
 * How many articles hold each word, kept for a minute: a word's count is a term-dictionary seek in every
 * segment of the index, and texts compared one after another (a batch of articles being grouped into
 * stories, the other coverage of the pages read) ask for the same words again and again. A minute-old
 * count weighs a word all but the same as a new one.
 */
@Component
class DocumentFrequencies {

    private static final Duration KEPT = Duration.ofMinutes(1);
    private static final int WORDS = 200_000;

    private final Cache<Term, Integer> counts = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(WORDS).build();

    int of(IndexReader reader, Term term) {
        return counts.get(term, word -> {
            try {
                return reader.docFreq(word);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
