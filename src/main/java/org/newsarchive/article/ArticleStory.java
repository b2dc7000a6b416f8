package org.newsarchive.article;

/** The story an article belongs to, and how many other articles cover it. */
public record ArticleStory(long id, String title, long otherArticles) {
}
