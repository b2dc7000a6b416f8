package org.newsarchive.browse;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsarchive.actor.Actor;
import org.newsarchive.actor.ActorKind;
import org.newsarchive.actor.ActorNotFoundException;
import org.newsarchive.actor.ActorRepository;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ActorService {

    static final int QUOTES_SHOWN = 50;

    private final ActorRepository actors;
    private final ActorPageRepository pages;

    ActorService(ActorRepository actors, ActorPageRepository pages) {
        this.actors = actors;
        this.pages = pages;
    }

    /** Every actor by kind, most-mentioned first within a kind. */
    @Transactional(readOnly = true)
    public Map<ActorKind, List<ActorListing>> directory() {
        return pages.findListings().stream().collect(Collectors.groupingBy(ActorListing::kind,
                () -> new EnumMap<>(ActorKind.class), Collectors.toList()));
    }

    /** {@code page} of the articles mentioning the actor is 1-based. */
    @Transactional(readOnly = true)
    public ActorDetail detail(String slug, int page, int pageSize) {
        Actor actor = actors.findBySlug(slug).orElseThrow(() -> new ActorNotFoundException(slug));
        Long id = actor.getId();
        List<String> aliases = actor.getAliases().stream()
                .filter(alias -> !alias.equals(actor.getName()))
                .sorted()
                .toList();
        return new ActorDetail(actor.getSlug(), actor.getName(), actor.getKind(), actor.getRole(), aliases,
                pages.findMentionsPerOutlet(id), pages.findQuotesBy(id, Limit.of(QUOTES_SHOWN)),
                pages.countQuotesBy(id), pages.findArticlesMentioning(id, PageRequest.of(page - 1, pageSize)),
                actor.isDetected(), actor.getEvidence());
    }
}
