package org.newsarchive.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.newsarchive.actor.Actor;
import org.newsarchive.actor.ActorRepository;
import org.newsarchive.actor.AliasDictionary;
import org.newsarchive.article.Article;
import org.newsarchive.article.ArticleRepository;
import org.newsarchive.article.ArticlesAdded;
import org.newsarchive.compare.StoryGrouping;
import org.newsarchive.search.IndexOutbox;
import org.newsarchive.demand.Demand;
import org.newsarchive.demand.DemandRepository;
import org.newsarchive.outlet.Outlet;
import org.newsarchive.outlet.OutletRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports articles, each in a transaction of its own: a failure rolls back that article alone, so
 * neither the database nor the index (fed from the outbox written in the same transaction) ever holds
 * half of one. Text already in the
 * archive is skipped, so an import can be run again. New articles are then placed in stories, where
 * near-copies of earlier articles are linked as republications.
 */
@Service
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    private static final Duration INDEXING_WAIT = Duration.ofMinutes(1);

    private final CaptureReader reader;
    private final ArticlePipeline pipeline;
    private final OutletResolver outletResolver;
    private final ArticleRepository articles;
    private final ActorRepository actors;
    private final OutletRepository outlets;
    private final DemandRepository demands;
    private final DetectedActors detectedActors;
    private final SiteFurniture siteFurniture;
    private final StoryGrouping grouping;
    private final IndexOutbox outbox;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    Importer(CaptureReader reader, ArticlePipeline pipeline, OutletResolver outletResolver, ArticleRepository articles,
            ActorRepository actors, OutletRepository outlets, DemandRepository demands, DetectedActors detectedActors,
            SiteFurniture siteFurniture, StoryGrouping grouping, IndexOutbox outbox, EntityManager entityManager, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.reader = reader;
        this.pipeline = pipeline;
        this.outletResolver = outletResolver;
        this.articles = articles;
        this.actors = actors;
        this.outlets = outlets;
        this.demands = demands;
        this.detectedActors = detectedActors;
        this.siteFurniture = siteFurniture;
        this.grouping = grouping;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    /** Imports every article of the sources; {@code afterEachSource} hears what became of each source's articles. */
    public ImportReport importAll(List<ImportSource> sources, Consumer<List<ImportOutcome>> afterEachSource) {
        AtomicReference<Vocabulary> vocabulary = new AtomicReference<>(vocabulary());
        AtomicLong actorsCreated = new AtomicLong(detectedActors.created());
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (ImportSource source : sources) {
            List<ImportOutcome> ofSource = new ArrayList<>();
            try (Stream<Reading> readings = reader.read(source)) {
                readings.forEach(reading -> {
                    ofSource.add(importOne(reading, vocabulary.get()));
                    // Actors found in this article are tagged by the dictionary in the next ones.
                    if (actorsCreated.get() != detectedActors.created()) {
                        actorsCreated.set(detectedActors.created());
                        vocabulary.set(vocabulary());
                    }
                });
            }
            outcomes.addAll(ofSource);
            afterEachSource.accept(ofSource);
        }
        return finish(outcomes);
    }

    ImportOutcome importSubmitted(String sourceName, SubmittedArticle article) {
        return finish(List.of(importOne(reader.read(sourceName, article), vocabulary()))).outcomes().get(0);
    }

    /**
     * Groups the new articles once the index holds them, since grouping compares them with the index;
     * so an import's report also means that what it imported can be found.
     */
    private ImportReport finish(List<ImportOutcome> outcomes) {
        List<Long> added = outcomes.stream().filter(outcome -> outcome.status() == ImportOutcome.Status.IMPORTED)
                .map(ImportOutcome::articleId).toList();
        if (!added.isEmpty()) {
            awaitIndexed();
            grouping.groupNew();
            events.publishEvent(new ArticlesAdded(added));
        }
        return ImportReport.of(outcomes);
    }

    private void awaitIndexed() {
        try {
            if (!outbox.awaitCaughtUp(INDEXING_WAIT)) {
                log.warn("New articles are not all indexed after {}: they are grouped into stories as far as the index holds them",
                        INDEXING_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ImportOutcome importOne(Reading reading, Vocabulary vocabulary) {
        if (reading instanceof Unreadable unreadable) {
            return ImportOutcome.failed(unreadable.sourceName(), unreadable.reason(), unreadable.tooLarge());
        }
        Capture capture = (Capture) reading;
        try {
            return transaction.execute(status -> existing(capture)
                    .map(id -> ImportOutcome.duplicate(capture.sourceName(), id))
                    .orElseGet(() -> store(pipeline.read(capture, vocabulary, furnitureOf(capture)), vocabulary)));
        } catch (UnreadableInputException e) {
            return ImportOutcome.failed(capture.sourceName(), e.getMessage(), e.isTooLarge());
        } catch (DataIntegrityViolationException e) {
            // The same text committed meanwhile by a concurrent import; anything else is reported as it is.
            return existing(capture).map(id -> ImportOutcome.duplicate(capture.sourceName(), id))
                    .orElseGet(() -> failed(capture, e));
        } catch (RuntimeException e) {
            return failed(capture, e);
        }
    }

    private Set<String> furnitureOf(Capture capture) {
        return OutletResolver.host(capture.metadata().url()).map(siteFurniture::of).orElse(Set.of());
    }

    private Optional<Long> existing(Capture capture) {
        return transaction.execute(status -> articles.findIdByContentHash(capture.contentHash()));
    }

    private ImportOutcome store(ArticleDraft draft, Vocabulary vocabulary) {
        Capture capture = draft.capture();
        ArticleMetadata metadata = capture.metadata();
        OutletResolver.Resolved resolved = outletResolver.resolve(metadata, draft.signedBy(), capture.text(), draft.language());
        Outlet outlet = resolved.outlet();
        Article article = new Article(outlet, metadata.url(), capture.sourceName(), capture.rawText(),
                capture.contentHash(), draft.title(), draft.body(), draft.captions(), draft.date(), draft.byline(),
                draft.language());
        article.recordProvenance(draft.titleEvidence(), resolved.evidence());
        for (AliasDictionary.Match citation : draft.citations()) {
            if (citation.actorId() != outlet.getId()) {
                article.cite(entityManager.getReference(Outlet.class, citation.actorId()), citation.span());
            }
        }
        draft.actors().forEach(match -> article.mention(entityManager.getReference(Actor.class, match.actorId()), match.span()));
        draft.demands().forEach(tag -> article.mention(entityManager.getReference(Demand.class,
                vocabulary.demandIds().get(tag.demandSlug())), tag.span()));
        draft.quotes().forEach(quote -> article.quote(quote.speakerId() == null ? null
                : entityManager.getReference(Actor.class, quote.speakerId()), quote.attribution(), quote.span()));
        detectedActors.tag(article, outlet, draft.foundNames());
        articles.save(article);
        OutletResolver.host(metadata.url()).ifPresent(host -> siteFurniture.record(host, capture.text()));
        return ImportOutcome.imported(capture.sourceName(), article.getId(), article.getTitle());
    }

    private ImportOutcome failed(Capture capture, RuntimeException e) {
        log.warn("Could not import {}", capture.sourceName(), e);
        return ImportOutcome.failed(capture.sourceName(), "It could not be stored: " + rootMessage(e), false);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    Vocabulary vocabulary() {
        return transaction.execute(status -> {
            Map<String, Long> actorIds = new HashMap<>();
            actors.findAllWithAliases().forEach(actor -> actor.getAliases().stream().filter(alias -> !alias.isBlank())
                    .forEach(alias -> actorIds.put(alias, actor.getId())));
            Map<String, Long> outletIds = new HashMap<>();
            // An organisation's own site ("NATO" for nato.int) is an outlet, but its name in a text names the actor.
            outlets.findAllWithAliases().forEach(outlet -> Stream.concat(Stream.of(outlet.getName()), outlet.getAliases().stream())
                    .filter(name -> !name.isBlank() && !actorIds.containsKey(name)).forEach(name -> outletIds.put(name, outlet.getId())));
            Map<String, Long> demandIds = new HashMap<>();
            demands.findAll().forEach(demand -> demandIds.put(demand.getSlug(), demand.getId()));
            Set<String> rejectedNames = Set.copyOf(jdbc.queryForList("select name_key from rejected_name", String.class));
            return new Vocabulary(new AliasDictionary(actorIds), new AliasDictionary(outletIds), demandIds, rejectedNames);
        });
    }
}
