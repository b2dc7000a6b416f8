package org.newsarchive.ingest;

/** Input that did not become a capture, and why. */
record Unreadable(String sourceName, String reason, boolean tooLarge) implements Reading {
}
