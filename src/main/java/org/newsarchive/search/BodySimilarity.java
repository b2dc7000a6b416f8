package org.newsarchive.search;

import java.util.Collection;
import java.util.Map;

import org.newsarchive.article.Article;

/**
 * How alike articles' bodies are, for grouping them into stories: each other article's score for the article's
 * weightiest words ({@link WeightiestWords}, of its headline and body), as a share of the article's own score,
 * from 0 to 1.
 */
public interface BodySimilarity {

    Map<Long, Double> of(Article article, Collection<Article> others);
}
