package org.newsarchive.actor;

/** An actor as other views name and link it. */
public record ActorRef(String slug, String name) {
}
