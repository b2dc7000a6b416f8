package org.newsarchive.article;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.newsarchive.search.ExportedHit;
import org.newsarchive.search.SearchService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The articles most like one article, for its page. A more-like-this query costs more than the rest of
 * the page, and its answer changes only when articles are added, so answers are kept: all are forgotten
 * when an import adds articles (by then indexed), and each after {@link #KEPT_FOR} in any case, so that
 * a change made some other way (a rebuilt index, rows written by hand) shows within that time.
 */
@Component
class OtherCoverage {

    private static final int SHOWN = 5;
    private static final Duration KEPT_FOR = Duration.ofMinutes(10);
    private static final int KEPT_ARTICLES = 5_000;

    private final SearchService search;
    private final Cache<Long, List<ExportedHit>> kept = Caffeine.newBuilder()
            .maximumSize(KEPT_ARTICLES).expireAfterWrite(KEPT_FOR).build();

    OtherCoverage(SearchService search) {
        this.search = search;
    }

    List<ExportedHit> of(ArticleDetail article) {
        return kept.get(article.id(), id -> search.similarTo(id, article.title() + "\n" + article.body(), SHOWN));
    }

    @EventListener
    void forget(ArticlesAdded added) {
        kept.invalidateAll();
    }
}
