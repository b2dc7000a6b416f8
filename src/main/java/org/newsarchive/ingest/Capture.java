package org.newsarchive.ingest;

/**
 * One article as received, decoded: the raw text to keep, the hash of its bytes, the text to read the
 * article from (the raw text, or the text of an HTML page), and any metadata that came with it.
 */
record Capture(String sourceName, String rawText, String contentHash, String text, ArticleMetadata metadata)
        implements Reading {
}
