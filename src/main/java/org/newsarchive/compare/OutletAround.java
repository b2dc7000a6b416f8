package org.newsarchive.compare;

/** An outlet that published in the days around a story without covering it, and how many articles it published then. */
public record OutletAround(String slug, String name, long articles) {
}
