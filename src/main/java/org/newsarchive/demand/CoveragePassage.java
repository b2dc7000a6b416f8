package org.newsarchive.demand;

/** The words of one article that report a demand. */
public record CoveragePassage(Long articleId, String text) {
}
