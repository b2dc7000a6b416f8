package org.newsarchive.article;

/** An article known by the hash of the bytes it was imported from. */
public record HashedArticle(String contentHash, long id) {
}
