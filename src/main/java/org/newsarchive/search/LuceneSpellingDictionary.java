package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.newsarchive.article.Article;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Lucene's direct spell checker over the index's terms. */
@Component
@ConditionalOnProperty(name = "spring.jpa.properties.hibernate.search.backend.type", havingValue = "lucene")
class LuceneSpellingDictionary implements SpellingDictionary {

    private final EntityManagerFactory entityManagerFactory;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();

    LuceneSpellingDictionary(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
        spellChecker.setAccuracy(ACCURACY);
    }

    @Override
    public List<List<String>> closest(List<String> words, int count) {
        List<List<String>> closest = new ArrayList<>();
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(Article.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            for (String word : words) {
                closest.add(Arrays.stream(spellChecker.suggestSimilar(new Term(FIELD, word), count, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)).map(suggestion -> suggestion.string).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return closest;
    }
}
