package org.newsarchive.browse;

import java.util.List;

import org.newsarchive.actor.Actor;
import org.newsarchive.article.ArticleSummary;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** What an actor's page and the actors' directory show: the articles, quotes and outlets that name them. */
interface ActorPageRepository extends Repository<Actor, Long> {

    /** Most-mentioned first. */
    @Query("""
            select new org.newsarchive.browse.ActorListing(a.slug, a.name, a.kind, a.role, count(distinct m.article.id))
            from Actor a left join ActorMention m on m.actor = a
            group by a.id, a.slug, a.name, a.kind, a.role
            order by count(distinct m.article.id) desc, a.name
            """)
    List<ActorListing> findListings();

    /** The outlets that name the actor most often first. */
    @Query("""
            select new org.newsarchive.browse.OutletMentions(o.name, o.slug, count(distinct a.id), count(m))
            from ActorMention m join m.article a join a.outlet o
            where m.actor.id = :actorId
            group by o.id, o.name, o.slug
            order by count(distinct a.id) desc, count(m) desc, o.name
            """)
    List<OutletMentions> findMentionsPerOutlet(Long actorId);

    /** Newest article first, and in reading order within an article. */
    @Query("""
            select new org.newsarchive.browse.AttributedQuote(
                substring(a.body, q.span.start + 1, q.span.end - q.span.start),
                (select count(earlier) from Quote earlier
                 where earlier.article = q.article
                   and (earlier.span.start < q.span.start or (earlier.span.start = q.span.start and earlier.id < q.id))) + 1,
                a.id, a.slug, a.title, o.name, o.slug, a.publishedOn, a.datePrecision, a.dateBasis, a.dateEvidence)
            from Quote q join q.article a join a.outlet o
            where q.speaker.id = :actorId
            order by a.publishedOn desc nulls last, a.id desc, q.span.start, q.id
            """)
    List<AttributedQuote> findQuotesBy(Long actorId, Limit limit);

    @Query("select count(q) from Quote q where q.speaker.id = :actorId")
    long countQuotesBy(Long actorId);

    /** Newest first. */
    @Query(value = """
            select new org.newsarchive.article.ArticleSummary(
                a.id, a.slug, a.title, o.name, o.slug, a.publishedOn, a.datePrecision, a.dateBasis, a.dateEvidence)
            from Article a join a.outlet o
            where a.id in (select m.article.id from ActorMention m where m.actor.id = :actorId)
            order by a.publishedOn desc nulls last, a.id desc
            """, countQuery = "select count(distinct m.article.id) from ActorMention m where m.actor.id = :actorId")
    Page<ArticleSummary> findArticlesMentioning(Long actorId, Pageable pageable);
}
