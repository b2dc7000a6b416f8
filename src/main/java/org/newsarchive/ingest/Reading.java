package org.newsarchive.ingest;

/** What reading an input yields for each article in it: a capture to import, or the reason there is none. */
sealed interface Reading permits Capture, Unreadable {

    String sourceName();
}
