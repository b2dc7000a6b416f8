package org.newsarchive.actor;

/** Whether an editor has placed an actor in the archive or the name recogniser found it and it awaits review. */
public enum ActorStatus {
    KNOWN,
    DETECTED
}
