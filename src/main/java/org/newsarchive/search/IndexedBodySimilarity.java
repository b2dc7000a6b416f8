package org.newsarchive.search;

import java.util.Collection;
import java.util.Map;

import org.newsarchive.article.Article;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Body similarity as the search cluster scores a more-like-this query, where the index's statistics are not at hand. */
@Component
@ConditionalOnProperty(name = "spring.jpa.properties.hibernate.search.backend.type", havingValue = "elasticsearch")
class IndexedBodySimilarity implements BodySimilarity {

    private final MoreLikeThis moreLikeThis;

    IndexedBodySimilarity(MoreLikeThis moreLikeThis) {
        this.moreLikeThis = moreLikeThis;
    }

    @Override
    public Map<Long, Double> of(Article article, Collection<Article> others) {
        return moreLikeThis.similarities(article.getId(), article.getTitle() + "\n" + article.getBody(),
                others.stream().map(Article::getId).toList());
    }
}
