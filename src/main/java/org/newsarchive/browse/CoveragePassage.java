package org.newsarchive.browse;

/** The words of one article that report a demand. */
public record CoveragePassage(Long articleId, String text) {
}
