package org.newsarchive.browse;

import java.time.LocalDate;

import org.newsarchive.actor.ActorRef;

/** A demand in the list of demands, with the number of articles that report it. */
public record DemandListing(String slug, String title, ActorRef madeBy, LocalDate madeOn, long articleCount) {

    /** For JPQL constructor expressions, which cannot build the nested actor. */
    public DemandListing(String slug, String title, String madeBySlug, String madeByName, LocalDate madeOn,
            long articleCount) {
        this(slug, title, new ActorRef(madeBySlug, madeByName), madeOn, articleCount);
    }
}
