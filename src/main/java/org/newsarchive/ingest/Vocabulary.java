package org.newsarchive.ingest;

import java.util.Map;
import java.util.Set;

import org.newsarchive.actor.AliasDictionary;

/**
 * What the pipeline recognises, read once per import run (and again when it found new actors): actors
 * and outlets by every alias, and demands by slug, all by id so that no entity outlives the transaction
 * it was read in; and the keys of the names editors rejected.
 */
record Vocabulary(AliasDictionary actors, AliasDictionary outlets, Map<String, Long> demandIds, Set<String> rejectedNames) {
}
