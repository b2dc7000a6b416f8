package org.newsarchive.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class StoryService {

    /** The days before and after a story in which an outlet that published without covering it is named. */
    static final int SURROUNDING_DAYS = 1;
    static final int MOST_NOT_COVERING = 20;

    private final StoryRepository stories;
    private final StoryArticleRepository placements;

    StoryService(StoryRepository stories, StoryArticleRepository placements) {
        this.stories = stories;
        this.placements = placements;
    }

    /** Newest first; {@code page} is 1-based. */
    @Transactional(readOnly = true)
    public Page<StoryListing> list(int page, int size) {
        PageRequest request = PageRequest.of(page - 1, size);
        return PageableExecutionUtils.getPage(stories.findListings(request.getOffset(), size), request, stories::count);
    }

    /** One page ({@code page} is 1-based) of a story's coverage, and the first articles to compare. */
    @Transactional(readOnly = true)
    public StoryDetail get(long id, int page, int size) {
        StoryListing story = stories.findListing(id).orElseThrow(() -> new StoryNotFoundException(id));
        List<Long> compared = story.articles() < CompareSelection.FEWEST ? List.of() : placements.findArticleIds(id, Limit.of(CompareSelection.MOST));
        LocalDate from = story.firstDay().minusDays(SURROUNDING_DAYS);
        LocalDate to = story.lastDay().plusDays(SURROUNDING_DAYS);
        return new StoryDetail(story, placements.findPlaced(id, PageRequest.of(page - 1, size)), compared,
                placements.findOutlets(id), placements.findOutletsAround(id, from, to, Limit.of(MOST_NOT_COVERING)), from, to);
    }

    /** The story the article is placed in, if any, with a count of its other articles, counted by the database. */
    @Transactional(readOnly = true)
    public Optional<ArticlePlacement> placementOf(long articleId) {
        return placements.findPlacement(articleId);
    }

    /** The story the article is placed in, if any, with the story's other articles, most similar first. */
    @Transactional(readOnly = true)
    public Optional<StoryMembership> storyOf(long articleId) {
        return placements.findWithStoryByArticleId(articleId).map(placed -> new StoryMembership(
                placed.getStory().getId(), placed.getStory().getTitle(),
                placements.findOtherArticleIds(placed.getStory().getId(), articleId)));
    }
}
