package org.newsarchive.actor;

public enum ActorKind {
    PERSON,
    ORGANISATION,
    /** A state or its government, including capitals used for it ("Washington", "the Kremlin"). */
    STATE
}
