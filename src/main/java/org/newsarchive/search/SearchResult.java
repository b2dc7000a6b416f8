package org.newsarchive.search;

import java.util.List;

public record SearchResult(long total, List<ArticleHit> hits) {
}
