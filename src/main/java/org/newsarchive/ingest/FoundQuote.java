package org.newsarchive.ingest;

import org.newsarchive.text.TextSpan;

/** Quoted words at a span of the body, the actor who said them if the dictionary knows them, and the words that say so. */
record FoundQuote(TextSpan span, Long speakerId, String attribution) {
}
