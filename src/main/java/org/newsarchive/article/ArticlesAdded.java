package org.newsarchive.article;

import java.util.List;

/** Published once an import has stored new articles, and with them possibly new outlets. */
public record ArticlesAdded(List<Long> ids) {
}
