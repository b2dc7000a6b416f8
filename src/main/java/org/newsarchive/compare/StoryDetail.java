package org.newsarchive.compare;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;

/**
 * A story with one page of its coverage, by date then outlet, the articles its "compare side by
 * side" link opens (empty when there are fewer than two), the outlets that cover it with their
 * profile facts, and those that published in the days around it without covering it.
 */
public record StoryDetail(StoryListing story, Page<PlacedArticle> coverage, List<Long> compared, List<StoryOutlet> outlets,
        List<OutletAround> notCoveredBy, LocalDate aroundFrom, LocalDate aroundTo) {

    public CoverageBar byKind() {
        return CoverageBar.of(outlets, outlet -> outlet.kind().name());
    }

    public CoverageBar byCountry() {
        return CoverageBar.of(outlets, StoryOutlet::countryName);
    }

    /** The outlets whose articles were the story's first, on the story's first day. */
    public List<StoryOutlet> firstReportedBy() {
        return outlets.stream().filter(outlet -> outlet.firstPublished().equals(story.firstDay())).toList();
    }

    public List<CoverageDay> days() {
        return CoverageDay.of(coverage.getContent());
    }
}
