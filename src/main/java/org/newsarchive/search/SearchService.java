package org.newsarchive.search;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.mapper.orm.Search;
import org.newsarchive.article.Article;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Full-text search over the article index; hits are projected from the index, never loaded from the database. */
@Service
public class SearchService {

    static final int SNIPPET_LENGTH = 180;
    static final int SNIPPETS_PER_HIT = 3;

    private final EntityManager entityManager;

    SearchService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public SearchResult search(SearchRequest request) {
        var result = Search.session(entityManager)
                .search(Article.class)
                .select(ArticleHit.class)
                .where(f -> request.hasQuery()
                        ? f.simpleQueryString()
                                .field("title").boost(2.0f)
                                .field("body")
                                .field("captions").boost(0.5f)
                                .matching(request.query())
                                .defaultOperator(BooleanOperator.AND)
                        : f.matchAll())
                .sort(f -> request.hasQuery()
                        ? f.score().then().field("publishedOn").desc()
                        : f.field("publishedOn").desc().then().field("title_sort"))
                .highlighter(f -> f.fastVector()
                        .encoder(HighlighterEncoder.HTML)
                        .tag("<mark>", "</mark>")
                        .fragmentSize(SNIPPET_LENGTH)
                        .numberOfFragments(SNIPPETS_PER_HIT))
                .fetch((request.page() - 1) * request.size(), request.size());
        return new SearchResult(result.total().hitCount(), result.hits());
    }
}
