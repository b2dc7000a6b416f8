package org.newsarchive.search;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/** The analyzers the Lucene backend indexes with ({@link Analyzers}), for work done on text outside a search. */
@Component
class IndexAnalyzers {

    private final EntityManagerFactory entityManagerFactory;

    IndexAnalyzers(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    Analyzer named(String name) {
        return Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class).analyzer(name).orElseThrow();
    }
}
