package org.newsarchive.ingest;

import java.util.Map;

import org.newsarchive.actor.AliasDictionary;

/**
 * What the pipeline recognises, read once per import run: actors and outlets by every alias, and
 * demands by slug, all by id so that no entity outlives the transaction it was read in.
 */
record Vocabulary(AliasDictionary actors, AliasDictionary outlets, Map<String, Long> demandIds) {
}
