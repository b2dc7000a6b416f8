package org.newsarchive.browse;

import java.util.List;

import org.newsarchive.actor.ActorKind;
import org.newsarchive.article.ArticleSummary;
import org.springframework.data.domain.Page;

/**
 * An actor's page: who they are, which outlets name them, the newest of the {@code quoteCount} quotes
 * attributed to them, and one page of the articles that mention them; for an actor the name recogniser
 * found ({@code detected}), what found it.
 */
public record ActorDetail(String slug, String name, ActorKind kind, String role, List<String> aliases,
        List<OutletMentions> outlets, List<AttributedQuote> quotes, long quoteCount, Page<ArticleSummary> articles,
        boolean detected, String evidence) {
}
