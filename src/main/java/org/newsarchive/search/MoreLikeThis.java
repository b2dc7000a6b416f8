package org.newsarchive.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.newsarchive.article.Article;
import org.newsarchive.index.IndexAnalyzers;
import org.newsarchive.text.Analyzers;
import org.springframework.stereotype.Component;

/**
 * The articles whose words are most like an article's: the other coverage its page lists, and on OpenSearch
 * the similarities stories are grouped by.
 */
@Component
public class MoreLikeThis {

    static final int MORE_LIKE_THIS_TERMS = 40;
    /** Other coverage looks for the words an article repeats, as Lucene's and OpenSearch's defaults do. */
    static final int OTHER_COVERAGE_MIN_TERM_FREQUENCY = 2;
    /** Story grouping weighs every word: a name two reports of one event each mention once counts. */
    static final int STORY_MIN_TERM_FREQUENCY = 1;

    private final IndexReads reads;
    private final IndexAnalyzers analyzers;
    private final DocumentFrequencies frequencies;

    MoreLikeThis(IndexReads reads, IndexAnalyzers analyzers, DocumentFrequencies frequencies) {
        this.reads = reads;
        this.analyzers = analyzers;
        this.frequencies = frequencies;
    }

    /**
     * The articles whose words are most like {@code text}, leaving out the article it comes from; without
     * snippets, which would highlight forty terms in every hit. Only the words {@code text} repeats count:
     * finding how many documents hold each word, in every segment, was half the cost of an article's page,
     * and most words of an article occur once.
     */
    public List<ExportedHit> similarTo(long articleId, String text, int limit) {
        return reads.read(session -> session.search(Article.class)
                .select(ExportedHit.class)
                .where(f -> f.bool()
                        .must(moreLikeThis(f, text, OTHER_COVERAGE_MIN_TERM_FREQUENCY))
                        .mustNot(f.id().matching(articleId)))
                // No total is shown: Lucene may skip the documents that cannot make the top.
                .totalHitCountThreshold(limit)
                .fetchHits(limit));
    }

    /**
     * How like {@code text}, the text of article {@code articleId}, each of {@code others} is: its
     * more-like-this score as a share of the article's own, so from 0 to 1 whatever the text's length.
     */
    public Map<Long, Double> similarities(long articleId, String text, Collection<Long> others) {
        if (others.isEmpty()) {
            return Map.of();
        }
        Set<Long> scored = new HashSet<>(others);
        scored.add(articleId);
        List<List<?>> hits = reads.read(session -> session.search(Article.class)
                .select(f -> f.composite(f.id(Long.class), f.score()))
                .where(f -> f.bool()
                        .must(moreLikeThis(f, text, STORY_MIN_TERM_FREQUENCY))
                        .filter(f.id().matchingAny(scored)))
                .fetchHits(scored.size()));
        Map<Long, Float> scores = new HashMap<>();
        hits.forEach(hit -> scores.put((Long) hit.get(0), (Float) hit.get(1)));
        float own = scores.getOrDefault(articleId, 0f);
        Map<Long, Double> similarities = new HashMap<>();
        for (Long other : others) {
            similarities.put(other, own == 0 ? 0 : Math.min(1.0, scores.getOrDefault(other, 0f) / own));
        }
        return similarities;
    }

    /**
     * A more-like-this query, Lucene's ({@link LikeTextQuery}, in the body) or OpenSearch's (in title and
     * body): the terms by the English analysis that occur at least {@code minTermFrequency} times in the
     * text. A small archive has few documents per term, and coverage of one story shares only some of its
     * words: Lucene's defaults would discard rare terms and demand that 30% of them match.
     */
    private PredicateFinalStep moreLikeThis(SearchPredicateFactory f, String text, int minTermFrequency) {
        return f.extension()
                .ifSupported(LuceneExtension.get(), lucene -> lucene.fromLuceneQuery(new LikeTextQuery(text,
                        analyzers.named(Analyzers.ENGLISH), minTermFrequency, MORE_LIKE_THIS_TERMS, frequencies)))
                .ifSupported(ElasticsearchExtension.get(), elasticsearch -> {
                    JsonObject query = new JsonObject();
                    JsonArray fields = new JsonArray();
                    fields.add("title");
                    fields.add("body");
                    query.add("fields", fields);
                    query.addProperty("like", text);
                    query.addProperty("analyzer", Analyzers.ENGLISH);
                    query.addProperty("min_term_freq", minTermFrequency);
                    query.addProperty("min_doc_freq", 1);
                    query.addProperty("max_query_terms", MORE_LIKE_THIS_TERMS);
                    query.addProperty("minimum_should_match", "0%");
                    JsonObject moreLikeThis = new JsonObject();
                    moreLikeThis.add("more_like_this", query);
                    return elasticsearch.fromJson(moreLikeThis);
                })
                .orElseFail();
    }
}
