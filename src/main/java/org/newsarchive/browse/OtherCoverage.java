package org.newsarchive.browse;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.newsarchive.article.ArticleDetail;
import org.newsarchive.article.ArticlesAdded;
import org.newsarchive.search.ExportedHit;
import org.newsarchive.search.MoreLikeThis;
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

    private final MoreLikeThis moreLikeThis;
    private final Cache<Long, List<ExportedHit>> kept = Caffeine.newBuilder()
            .maximumSize(KEPT_ARTICLES).expireAfterWrite(KEPT_FOR).build();

    OtherCoverage(MoreLikeThis moreLikeThis) {
        this.moreLikeThis = moreLikeThis;
    }

    List<ExportedHit> of(ArticleDetail article) {
        return kept.get(article.id(), id -> moreLikeThis.similarTo(id, article.title() + "\n" + article.body(), SHOWN));
    }

    @EventListener
    void forget(ArticlesAdded added) {
        kept.invalidateAll();
    }
}
