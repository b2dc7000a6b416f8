package org.newsarchive.search;

import java.util.List;

/** Article titles, actors and outlets whose words begin with the words typed so far. */
public record Completions(List<Completion> titles, List<Completion> actors, List<Completion> outlets) {
}
