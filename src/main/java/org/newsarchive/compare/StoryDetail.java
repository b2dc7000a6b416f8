package org.newsarchive.compare;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * A story with one page of its coverage, by date then outlet, and the articles its "compare side by
 * side" link opens (empty when there are fewer than two).
 */
public record StoryDetail(StoryListing story, Page<PlacedArticle> coverage, List<Long> compared) {

    public List<CoverageDay> days() {
        return CoverageDay.of(coverage.getContent());
    }
}
