package org.newsarchive.actor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ActorRepository extends Repository<Actor, Long> {
    Optional<Actor> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /** The actors known by this name or alias. */
    @Query("select distinct a from Actor a join a.aliases al where a.name = :name or al = :name order by a.id")
    List<Actor> findByAnyName(String name);

    Optional<Actor> findByNameKey(String nameKey);

    /** Whether some actor is known by this word alone or by a name ending in it. */
    @Query("select count(al) > 0 from Actor a join a.aliases al where al = :word or al like concat('% ', :word)")
    boolean isNameOrSurname(String word);

    /** Stored at once, so that the queries after it in its transaction find it whatever their flush mode. */
    Actor saveAndFlush(Actor actor);

    /** Each actor with every alias, for tagging new articles. */
    @Query("select distinct a from Actor a left join fetch a.aliases")
    List<Actor> findAllWithAliases();

    @Query("""
            select new org.newsarchive.actor.ActorRef(a.slug, a.name) from Actor a order by a.name
            """)
    List<ActorRef> findRefs();
}
