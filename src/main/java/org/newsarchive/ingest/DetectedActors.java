package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsarchive.actor.Actor;
import org.newsarchive.actor.ActorKind;
import org.newsarchive.actor.ActorRepository;
import org.newsarchive.article.Article;
import org.newsarchive.article.ArticleSlug;
import org.newsarchive.outlet.Outlet;
import org.springframework.stereotype.Component;

/**
 * Stores what the name recogniser found in an article: people and organisations as detected actors
 * (one per {@link org.newsarchive.actor.NameKey}, however the name is spelt, created at the first
 * article that names them and then mentioned like any actor, a person also by the surname alone),
 * media as cited outlets.
 */
@Component
class DetectedActors {

    private static final int MIN_SURNAME = 4;
    /** Slugs and names are limited in the database; a name this long is a run of words, not one name. */
    private static final int MAX_NAME_LENGTH = 100;

    private final ActorRepository actors;
    private final OutletResolver outlets;

    DetectedActors(ActorRepository actors, OutletResolver outlets) {
        this.actors = actors;
        this.outlets = outlets;
    }

    /** Tags the names and returns the actors created for them, which no earlier article named. */
    List<Actor> tag(Article article, Outlet publisher, List<NameRecogniser.FoundName> names, OutletDirectory outletDirectory) {
        Map<String, Actor> byKey = new HashMap<>();
        List<Actor> created = new ArrayList<>();
        for (NameRecogniser.FoundName name : names) {
            if (name.name().length() > MAX_NAME_LENGTH) {
                continue;
            }
            if (name.kind() == NameRecogniser.Kind.MEDIUM) {
                Outlet cited = outlets.resolve(new ArticleMetadata(null, name.name(), null, null), null, "", null, outletDirectory)
                        .outlet();
                if (!cited.getId().equals(publisher.getId())) {
                    article.cite(cited, name.span());
                }
            } else {
                article.mention(byKey.computeIfAbsent(name.key(), key -> actorFor(key, name, created)), name.span());
            }
        }
        return created;
    }

    private Actor actorFor(String key, NameRecogniser.FoundName name, List<Actor> created) {
        return actors.findByNameKey(key).orElseGet(() -> {
            Actor actor = Actor.detected(slug(name.name()), name.name(),
                    name.kind() == NameRecogniser.Kind.PERSON ? ActorKind.PERSON : ActorKind.ORGANISATION, name.evidence(),
                    name.confidence());
            String surname = name.name().substring(name.name().lastIndexOf(' ') + 1);
            // The surname alone names the person in later articles too, unless it is another actor's.
            if (name.kind() == NameRecogniser.Kind.PERSON && name.name().contains(" ") && surname.length() >= MIN_SURNAME
                    && !actors.isNameOrSurname(surname)) {
                actor.getAliases().add(surname);
            }
            Actor saved = actors.saveAndFlush(actor);
            created.add(saved);
            return saved;
        });
    }

    private String slug(String name) {
        String base = ArticleSlug.of(name);
        String slug = base;
        for (int n = 2; actors.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
