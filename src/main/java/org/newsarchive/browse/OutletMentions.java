package org.newsarchive.browse;

import org.newsarchive.outlet.OutletRef;

/** How often one outlet names an actor: in how many of its articles, and how many times in all. */
public record OutletMentions(OutletRef outlet, long articleCount, long mentionCount) {

    /** For JPQL constructor expressions, which cannot build the nested outlet. */
    public OutletMentions(String outletName, String outletSlug, long articleCount, long mentionCount) {
        this(new OutletRef(outletName, outletSlug), articleCount, mentionCount);
    }
}
