package org.newsarchive.compare;

/** The story an article is placed in, as the article's page names it, and how many other articles it holds. */
public record ArticlePlacement(long storyId, String title, long otherArticles) {
}
