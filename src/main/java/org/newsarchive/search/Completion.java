package org.newsarchive.search;

/** Something to go to while typing a search: what it is called and its page. */
public record Completion(String label, String url) {
}
