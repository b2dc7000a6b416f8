package org.newsarchive.ingest;

import org.newsarchive.actor.ActorKind;

/** A detected actor as the review list shows it: what found it, how sure, and how many articles name it. */
public record DetectedActor(String slug, String name, ActorKind kind, String evidence, Double confidence, long articleCount,
        Long firstArticleId) {
}
