package org.newsarchive.browse;

import org.newsarchive.actor.ActorKind;

/** An actor in the index of actors, with the number of articles that mention them. */
public record ActorListing(String slug, String name, ActorKind kind, String role, long articleCount) {
}
