package org.newsarchive.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsarchive.actor.Actor;
import org.newsarchive.actor.AliasDictionary;

/**
 * What the pipeline recognises, read once per import run and then taught the actors its articles
 * create (and the outlets' names read again when it created outlets): actors and outlets by every alias, and demands by slug, all by id so that no entity outlives
 * the transaction it was read in; the outlets by name and domain for telling who published an article; and the keys of the
 * names editors rejected.
 */
record Vocabulary(AliasDictionary actors, AliasDictionary outlets, OutletDirectory outletDirectory, Map<String, Long> demandIds,
        Set<String> rejectedNames) {

    Vocabulary withOutlets(AliasDictionary outlets) {
        return new Vocabulary(actors, outlets, outletDirectory, demandIds, rejectedNames);
    }

    /** New actors' names tag the articles after them, and name those actors rather than an outlet. */
    void learn(List<Actor> created) {
        for (Actor actor : created) {
            actor.getAliases().stream().filter(alias -> !alias.isBlank()).forEach(alias -> {
                actors.add(alias, actor.getId());
                outlets.remove(alias);
            });
        }
    }
}
