package org.newsarchive.article;

/** Published once an import has stored new articles, and with them possibly new outlets. */
public record ArticlesAdded(long count) {
}
