package org.newsarchive.ingest;

/** A recurring name no actor alias matches, and in how many articles it recurs. */
record NameCandidate(String name, int articleCount, Long firstArticleId) {
}
