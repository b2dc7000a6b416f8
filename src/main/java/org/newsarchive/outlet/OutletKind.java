package org.newsarchive.outlet;

public enum OutletKind {
    PUBLISHER,
    NEWS_AGENCY,
    /** A site that carries other outlets' or agencies' copy as its own. */
    REPUBLISHER,
    /** Where an article was first published could not be established. */
    UNIDENTIFIED
}
