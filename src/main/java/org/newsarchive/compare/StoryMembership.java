package org.newsarchive.compare;

import java.util.List;

/** The story an article is placed in, and the story's other articles, most similar first. */
public record StoryMembership(long storyId, String title, List<Long> otherArticleIds) {
}
