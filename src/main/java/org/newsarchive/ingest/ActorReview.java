package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.newsarchive.actor.Actor;
import org.newsarchive.actor.ActorNotFoundException;
import org.newsarchive.actor.ActorRef;
import org.newsarchive.actor.ActorRepository;
import org.newsarchive.actor.NameKey;
import org.newsarchive.article.Article;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's review of the actors the name recogniser detected: accept one as known, merge it into an
 * existing actor (its mentions and quotes move there and its names become aliases), or reject it (its
 * mentions go, and its names are remembered so that no later import finds them again).
 */
@Service
public class ActorReview {

    static final int LISTED = 200;

    private final ActorRepository actors;
    private final DetectedActorRepository detectedActors;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    ActorReview(ActorRepository actors, DetectedActorRepository detectedActors, EntityManager entityManager,
            JdbcTemplate jdbc) {
        this.actors = actors;
        this.detectedActors = detectedActors;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /** Named in most articles first. */
    @Transactional(readOnly = true)
    public List<DetectedActor> detected() {
        return detectedActors.findDetected(LISTED);
    }

    /** The actors a detected one can be merged into (another detected one too), by name. */
    @Transactional(readOnly = true)
    public List<ActorRef> mergeTargets() {
        return actors.findRefs();
    }

    @Transactional
    public void accept(String slug) {
        detectedActor(slug).accept();
    }

    /** Merges the detected actor into the one {@code into} names by slug, name or alias; false when none other is. */
    @Transactional
    public boolean merge(String slug, String into) {
        Actor detected = detectedActor(slug);
        Optional<Actor> target = actors.findBySlug(into.strip()).or(() -> actors.findByAnyName(into.strip()).stream().findFirst())
                .filter(actor -> !actor.getId().equals(detected.getId()));
        if (target.isEmpty()) {
            return false;
        }
        merge(detected, target.get());
        return true;
    }

    private void merge(Actor detected, Actor into) {
        List<Long> articleIds = articlesMentioning(detected);
        entityManager.createQuery("update ActorMention m set m.actor = :into where m.actor = :detected")
                .setParameter("into", into).setParameter("detected", detected).executeUpdate();
        entityManager.createQuery("update Quote q set q.speaker = :into where q.speaker = :detected")
                .setParameter("into", into).setParameter("detected", detected).executeUpdate();
        into.getAliases().add(detected.getName());
        into.getAliases().addAll(detected.getAliases());
        entityManager.remove(detected);
        reindex(articleIds);
    }

    @Transactional
    public void reject(String slug) {
        Actor detected = detectedActor(slug);
        List<Long> articleIds = articlesMentioning(detected);
        entityManager.createQuery("delete from ActorMention m where m.actor = :detected").setParameter("detected", detected)
                .executeUpdate();
        entityManager.createQuery("update Quote q set q.speaker = null where q.speaker = :detected")
                .setParameter("detected", detected).executeUpdate();
        List<String> names = new ArrayList<>(detected.getAliases());
        names.add(detected.getName());
        for (String name : names) {
            jdbc.update("insert into rejected_name (name_key, name) values (?, ?) on conflict do nothing", NameKey.of(name), name);
        }
        entityManager.remove(detected);
        reindex(articleIds);
    }

    private Actor detectedActor(String slug) {
        return actors.findBySlug(slug).filter(Actor::isDetected).orElseThrow(() -> new ActorNotFoundException(slug));
    }

    private List<Long> articlesMentioning(Actor actor) {
        return entityManager.createQuery("select distinct m.article.id from ActorMention m where m.actor = :actor", Long.class)
                .setParameter("actor", actor).getResultList();
    }

    /** The articles' actor facets were derived from the mentions that bulk updates just changed. */
    private void reindex(List<Long> articleIds) {
        entityManager.flush();
        entityManager.clear();
        var indexingPlan = Search.session(entityManager).indexingPlan();
        for (Long id : articleIds) {
            indexingPlan.addOrUpdate(entityManager.find(Article.class, id));
        }
    }
}
