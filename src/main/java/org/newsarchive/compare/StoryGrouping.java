package org.newsarchive.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.newsarchive.article.Article;
import org.newsarchive.article.ArticleRepository;
import org.newsarchive.article.ArticlesAdded;
import org.newsarchive.database.PlannerStatistics;
import org.newsarchive.outlet.OutletKind;
import org.newsarchive.search.BodySimilarity;
import org.newsarchive.search.TextAnalysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places articles in stories, oldest first: an article joins the story of the most similar article
 * published within {@link #WINDOW_DAYS} days of it, if that one is similar enough, and otherwise
 * starts a story of its own. An article whose text is mostly another's is marked as its copy.
 * Articles are placed {@link #BATCH} to a transaction, in order, so each sees those placed before it;
 * the similarities, of the bodies' words by the index's statistics, are worked out for a whole batch first, on every core.
 */
@Service
public class StoryGrouping {

    static final int WINDOW_DAYS = 3;
    static final double SAME_STORY = 0.1;
    static final double SAME_TEXT = 0.5;
    /** Placements a transaction: a backlog of thousands is grouped without a commit each. */
    static final int BATCH = 100;

    private static final Logger log = LoggerFactory.getLogger(StoryGrouping.class);

    private final ArticleRepository articles;
    private final StoryRepository stories;
    private final StoryArticleRepository placements;
    private final BodySimilarity similarity;
    private final TransactionTemplate transaction;
    private final TextAnalysis analysis;
    private final EntityManager entityManager;
    private final PlannerStatistics statistics;

    StoryGrouping(ArticleRepository articles, StoryRepository stories, StoryArticleRepository placements,
            BodySimilarity similarity, PlatformTransactionManager transactionManager, TextAnalysis analysis,
            EntityManager entityManager, PlannerStatistics statistics) {
        this.analysis = analysis;
        this.entityManager = entityManager;
        this.statistics = statistics;
        this.articles = articles;
        this.stories = stories;
        this.placements = placements;
        this.similarity = similarity;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** An import's articles are placed as soon as it has added them and the index holds them. */
    @EventListener
    void placeAdded(ArticlesAdded added) {
        groupNew();
    }

    /**
     * Places every article that is in no story yet; what is placed stays where it is. One grouping
     * at a time, so that the one at startup and those after imports never place an article twice.
     */
    public synchronized int groupNew() {
        long started = System.nanoTime();
        List<Long> unplaced = transaction.execute(status -> placements.findUnplacedArticleIds());
        for (int from = 0; from < unplaced.size(); from += BATCH) {
            List<Long> batch = unplaced.subList(from, Math.min(unplaced.size(), from + BATCH));
            transaction.executeWithoutResult(status -> {
                // The batch's placements are written once, before its stories are retitled, rather than before each headline
                // query: each such flush checked every article the batch had read for changes, a fifth of the grouping's time.
                entityManager.setFlushMode(FlushModeType.COMMIT);
                Map<Long, Article> byId = articles.findAllById(batch).stream()
                        .collect(Collectors.toMap(Article::getId, article -> article));
                List<Article> placing = batch.stream().map(byId::get).toList();
                // What was placed within the window of any of the batch's articles, read once; it gains the batch's placements.
                List<StoryArticle> placed = new ArrayList<>(placedAround(placing));
                Map<Long, Map<Long, Double>> similarities = similarities(placing, placed);
                // Neighbours within days of each other are compared with most articles of a batch.
                Map<Long, Set<String>> shingles = new HashMap<>();
                // A story that gains several articles in a batch is titled once, from all its headlines.
                Set<Story> joined = new LinkedHashSet<>();
                placing.forEach(article -> joined.add(place(article, similarities.get(article.getId()), placed, shingles)));
                entityManager.flush();
                joined.forEach(story -> story.retitle(StoryTitle.of(placements.findHeadlines(story.getId()), analysis)));
            });
            statistics.keepUp();
        }
        if (!unplaced.isEmpty()) {
            log.info("Placed {} articles in stories in {} s", unplaced.size(),
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        }
        return unplaced.size();
    }

    /** Groups the whole archive afresh, keeping what an editor placed. */
    public synchronized int regroup() {
        transaction.executeWithoutResult(status -> {
            placements.deletePlacedBy(StoryArticle.PlacedBy.GROUPING);
            stories.deleteEmpty();
        });
        return groupNew();
    }

    /**
     * The placements within the window of any of the articles, oldest first, a query for each run of days the
     * windows cover: an import into a large archive may place articles years apart in one batch.
     */
    private List<StoryArticle> placedAround(List<Article> oldestFirst) {
        List<StoryArticle> placed = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        for (Article article : oldestFirst) {
            LocalDate day = article.getPublishedOn();
            if (to != null && day.minusDays(WINDOW_DAYS).isAfter(to)) {
                placed.addAll(placements.findPlacedBetween(from, to));
                from = null;
            }
            from = from == null ? day.minusDays(WINDOW_DAYS) : from;
            to = day.plusDays(WINDOW_DAYS);
        }
        if (from != null) {
            placed.addAll(placements.findPlacedBetween(from, to));
        }
        return placed;
    }

    /**
     * How similar each article of a batch is to every article it could join when its turn comes: those placed
     * within the window, and those of the batch, which are placed before it or not at all by then.
     */
    private Map<Long, Map<Long, Double>> similarities(List<Article> batch, List<StoryArticle> placed) {
        Map<Article, List<Article>> candidates = new LinkedHashMap<>();
        for (Article article : batch) {
            List<Article> others = new ArrayList<>();
            placed.stream().map(StoryArticle::getArticle).filter(other -> withinWindow(other, article)).forEach(others::add);
            batch.stream().filter(other -> other != article && withinWindow(other, article)).forEach(others::add);
            candidates.put(article, others);
        }
        return candidates.entrySet().parallelStream().collect(Collectors.toMap(entry -> entry.getKey().getId(),
                entry -> similarity.of(entry.getKey(), entry.getValue())));
    }

    private static boolean withinWindow(Article one, Article other) {
        return Math.abs(ChronoUnit.DAYS.between(one.getPublishedOn(), other.getPublishedOn())) <= WINDOW_DAYS;
    }

    /** Places the article, in the story of the most similar of those placed, and adds its placement to them. */
    private Story place(Article article, Map<Long, Double> similarity, List<StoryArticle> placed, Map<Long, Set<String>> shingles) {
        // Every one within the window was measured: those placed before the batch, and the batch's own.
        List<StoryArticle> nearby = placed.stream().filter(other -> withinWindow(other.getArticle(), article)).toList();
        Optional<StoryArticle> closest = nearby.stream()
                .filter(other -> similarity.get(other.getArticle().getId()) >= SAME_STORY)
                .max(Comparator.comparingDouble(other -> similarity.get(other.getArticle().getId())));
        Story story = closest.map(StoryArticle::getStory)
                .orElseGet(() -> stories.save(new Story(article.getTitle(), article.getPublishedOn())));
        story.include(article.getPublishedOn());
        placed.add(placements.save(new StoryArticle(article, story,
                closest.map(other -> similarity.get(other.getArticle().getId())).orElse(1.0),
                original(article, nearby, similarity, shingles).orElse(null))));
        return story;
    }

    /**
     * The earlier article whose text this one carries, if any. Of two on the same day, the copy is the
     * one on a site that republishes others' copy.
     */
    private static Optional<Article> original(Article article, List<StoryArticle> nearby, Map<Long, Double> similarity,
            Map<Long, Set<String>> shingles) {
        // Worked out only for an article that has a candidate to compare its text with.
        Supplier<Set<String>> own = () -> shingles.computeIfAbsent(article.getId(), id -> Shingles.of(article.getBody()));
        return nearby.stream()
                .map(StoryArticle::getArticle)
                .filter(other -> similarity.get(other.getId()) >= SAME_STORY)
                .filter(other -> !other.getPublishedOn().isAfter(article.getPublishedOn()))
                .filter(other -> other.getPublishedOn().isBefore(article.getPublishedOn())
                        || other.getOutlet().getKind() != OutletKind.REPUBLISHER)
                .filter(other -> Shingles.jaccard(own.get(), shingles.computeIfAbsent(other.getId(), id -> Shingles.of(other.getBody())))
                        >= SAME_TEXT)
                .max(Comparator.comparingDouble(other -> similarity.get(other.getId())));
    }
}
