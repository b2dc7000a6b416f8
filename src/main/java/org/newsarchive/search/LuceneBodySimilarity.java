package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.newsarchive.article.Article;
import org.newsarchive.index.IndexAnalyzers;
import org.newsarchive.text.Analyzers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Body similarity worked out from the bodies' words with the index's statistics ({@link BodyScorer}). An article's
 * words are kept for a while: grouping compares each with every article of the days around it.
 */
@Component
@ConditionalOnProperty(name = "spring.jpa.properties.hibernate.search.backend.type", havingValue = "lucene")
class LuceneBodySimilarity implements BodySimilarity {

    /** More than the articles a batch of placements and the days around it hold. */
    private static final int BODIES_KEPT = 1_000;

    private final EntityManagerFactory entityManagerFactory;
    private final Analyzer english;
    private final DocumentFrequencies frequencies;
    private final Cache<Long, BodyWords> bodies = Caffeine.newBuilder().maximumSize(BODIES_KEPT)
            .expireAfterAccess(Duration.ofMinutes(1)).build();

    LuceneBodySimilarity(EntityManagerFactory entityManagerFactory, IndexAnalyzers analyzers, DocumentFrequencies frequencies) {
        this.entityManagerFactory = entityManagerFactory;
        this.english = analyzers.named(Analyzers.ENGLISH);
        this.frequencies = frequencies;
    }

    @Override
    public Map<Long, Double> of(Article article, Collection<Article> others) {
        if (others.isEmpty()) {
            return Map.of();
        }
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(Article.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            BodyWords body = words(article);
            Map<String, Integer> counts = WeightiestWords.counts(article.getTitle(), article.getBody(), body, english);
            BodyScorer scorer = new BodyScorer(WeightiestWords.of(counts, reader, frequencies, MoreLikeThis.STORY_MIN_TERM_FREQUENCY,
                    MoreLikeThis.MORE_LIKE_THIS_TERMS), reader, frequencies);
            float own = scorer.score(body);
            Map<Long, Double> similarities = new HashMap<>();
            for (Article other : others) {
                similarities.put(other.getId(), own == 0 ? 0 : Math.min(1.0, scorer.score(words(other)) / own));
            }
            return similarities;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BodyWords words(Article article) {
        return bodies.get(article.getId(), id -> BodyWords.of(article.getBody(), english));
    }
}
