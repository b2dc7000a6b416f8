package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/** A text's terms as the index sees them (stemmed, stop words dropped, name variants as one), with their counts. */
@Component
public class TextAnalysis {

    private final EntityManagerFactory entityManagerFactory;

    TextAnalysis(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    public Map<String, Integer> terms(String text) {
        Analyzer english = Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class)
                .analyzer(Analyzers.ENGLISH).orElseThrow();
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream tokens = english.tokenStream("body", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }
}
