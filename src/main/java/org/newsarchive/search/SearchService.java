package org.newsarchive.search;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queries.mlt.MoreLikeThisQuery;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
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
    static final int MORE_LIKE_THIS_TERMS = 40;

    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;

    SearchService(EntityManager entityManager, EntityManagerFactory entityManagerFactory) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
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

    /** The articles whose words are most like {@code text}, leaving out the article it comes from. */
    @Transactional(readOnly = true)
    public List<ArticleHit> similarTo(long articleId, String text, int limit) {
        Analyzer english = Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class)
                .analyzer(Analyzers.ENGLISH).orElseThrow();
        MoreLikeThisQuery moreLikeThis = new MoreLikeThisQuery(text, new String[] {"title", "body"}, english, "body");
        // A small archive has few documents per term, and coverage of one story shares only some of its
        // words: the defaults would discard rare terms and demand that 30% of them match.
        moreLikeThis.setMinDocFreq(1);
        moreLikeThis.setPercentTermsToMatch(0);
        moreLikeThis.setMaxQueryTerms(MORE_LIKE_THIS_TERMS);
        return Search.session(entityManager)
                .search(Article.class)
                .select(ArticleHit.class)
                .where(f -> f.bool()
                        .must(f.extension(LuceneExtension.get()).fromLuceneQuery(moreLikeThis))
                        .mustNot(f.id().matching(articleId)))
                .fetchHits(limit);
    }
}
