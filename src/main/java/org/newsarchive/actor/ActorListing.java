package org.newsarchive.actor;

/** An actor in the index of actors, with the number of articles that mention them. */
public record ActorListing(String slug, String name, ActorKind kind, String role, long articleCount) {
}
