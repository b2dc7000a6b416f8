package org.newsarchive.ingest;

import java.util.List;

import org.newsarchive.actor.Actor;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The detected actors awaiting an editor's review, with the articles that name them. */
interface DetectedActorRepository extends Repository<Actor, Long> {

    /** Detected actors awaiting review, named in most articles first. */
    @Query("""
            select new org.newsarchive.ingest.DetectedActor(a.slug, a.name, a.kind, a.evidence, a.confidence,
                count(distinct m.article.id), min(m.article.id))
            from Actor a left join ActorMention m on m.actor = a
            where a.status = org.newsarchive.actor.ActorStatus.DETECTED
            group by a.id, a.slug, a.name, a.kind, a.evidence, a.confidence
            order by count(distinct m.article.id) desc, a.confidence desc, a.name
            """)
    List<DetectedActor> findDetected(Limit limit);

    default List<DetectedActor> findDetected(int limit) {
        return findDetected(Limit.of(limit));
    }
}
