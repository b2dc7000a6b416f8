package org.newsarchive.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.newsarchive.actor.Actor;
import org.newsarchive.actor.AliasDictionary;
import org.newsarchive.article.Article;
import org.newsarchive.article.ArticleRepository;
import org.newsarchive.article.ArticlesAdded;
import org.newsarchive.database.PlannerStatistics;
import org.newsarchive.demand.Demand;
import org.newsarchive.index.IndexOutbox;
import org.newsarchive.outlet.Outlet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports articles in batches of {@link #BATCH}, each batch in one transaction; when one of a batch's
 * articles cannot be stored, the batch is rolled back and its articles imported each in a transaction
 * of its own, so that a failure costs that article alone. Neither the database nor the index (fed from
 * the outbox written in the same transaction) ever holds half of one. Text already in the archive is
 * skipped, so an import can be run again. New articles are then placed in stories, where near-copies of
 * earlier articles are linked as republications.
 */
@Service
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    private static final Duration INDEXING_WAIT = Duration.ofMinutes(1);
    /** Articles stored in one transaction: a commit each is most of what storing one costs. */
    static final int BATCH = 100;

    private final CaptureReader reader;
    private final ArticlePipeline pipeline;
    private final Preparation preparation;
    private final OutletResolver outletResolver;
    private final ArticleRepository articles;
    private final Vocabularies vocabularies;
    private final DetectedActors detectedActors;
    private final SiteFurniture siteFurniture;
    private final IndexOutbox outbox;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final ImportRuns runs;
    private final PlannerStatistics statistics;

    Importer(CaptureReader reader, ArticlePipeline pipeline, Preparation preparation, OutletResolver outletResolver, ArticleRepository articles,
            Vocabularies vocabularies, DetectedActors detectedActors, SiteFurniture siteFurniture, IndexOutbox outbox,
            EntityManager entityManager, PlatformTransactionManager transactionManager, ApplicationEventPublisher events, ImportRuns runs,
            PlannerStatistics statistics) {
        this.reader = reader;
        this.pipeline = pipeline;
        this.preparation = preparation;
        this.outletResolver = outletResolver;
        this.articles = articles;
        this.vocabularies = vocabularies;
        this.detectedActors = detectedActors;
        this.siteFurniture = siteFurniture;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactionManager);
        this.events = events;
        this.runs = runs;
        this.statistics = statistics;
    }

    /**
     * Imports every article of the sources, keeping what became of each for the report: for uploads, whose
     * size is limited. {@code afterEachBatch} hears each batch's outcomes as soon as they are committed.
     */
    public ImportReport importAll(List<ImportSource> sources, Consumer<List<ImportOutcome>> afterEachBatch) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        ImportTotals totals = importEach(sources, batch -> {
            outcomes.addAll(batch);
            afterEachBatch.accept(batch);
        });
        return ImportReport.of(outcomes, totals.cancelled());
    }

    /**
     * Imports every article of the sources, keeping only the counts, so that memory does not grow with the
     * import: for whole crawls. {@code afterEachBatch} hears what became of each batch's articles (a batch
     * never spans two sources) as soon as they are committed.
     */
    public ImportTotals importEach(List<ImportSource> sources, Consumer<List<ImportOutcome>> afterEachBatch) {
        ImportTotals totals = ImportTotals.NONE;
        if (sources.isEmpty()) {
            return totals;
        }
        Run run = new Run(vocabularies.read());
        long runId = runs.start(description(sources), ImportSources.articlesIn(sources));
        try {
            boolean cancelled = false;
            for (Iterator<ImportSource> source = sources.iterator(); source.hasNext() && !cancelled;) {
                try (Stream<Reading> readings = reader.read(source.next())) {
                    Iterator<Reading> it = readings.iterator();
                    List<Pending> batch = next(it);
                    while (!batch.isEmpty() && !cancelled) {
                        List<Pending> ahead = next(it);
                        List<ImportOutcome> ofBatch = importBatch(batch, run);
                        totals = totals.plus(ofBatch);
                        afterEachBatch.accept(ofBatch);
                        cancelled = runs.advance(runId, ofBatch);
                        statistics.keepUp();
                        batch = ahead;
                    }
                }
            }
            if (cancelled) {
                log.info("The import was cancelled after {} articles; what it committed stays", totals.articles());
                totals = totals.cancel();
            }
            finish(totals.imported());
            return totals;
        } finally {
            runs.finish(runId);
        }
    }

    private static String description(List<ImportSource> sources) {
        String names = String.join(", ", sources.stream().limit(3).map(ImportSource::name).toList())
                + (sources.size() > 3 ? " and " + (sources.size() - 3) + " more" : "");
        return names.length() > 300 ? names.substring(0, 299) + "…" : names;
    }

    ImportOutcome importSubmitted(String sourceName, SubmittedArticle article) {
        ImportOutcome outcome = importOne(pending(reader.read(sourceName, article)), new Run(vocabularies.read()));
        finish(outcome.status() == ImportOutcome.Status.IMPORTED ? 1 : 0);
        return outcome;
    }

    /** A reading, with its capture being prepared on another thread meanwhile. */
    private record Pending(Reading reading, Future<ArticlePipeline.Prepared> prepared) {
    }

    private Pending pending(Reading reading) {
        return new Pending(reading, reading instanceof Capture capture ? preparation.start(capture) : null);
    }

    /** The next batch of the readings, their preparation started: it runs while the batch before is stored. */
    private List<Pending> next(Iterator<Reading> readings) {
        List<Pending> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH && readings.hasNext()) {
            batch.add(pending(readings.next()));
        }
        return batch;
    }

    /** What one import run knows: the vocabulary, with the actors and outlets its articles created so far. */
    private final class Run {

        private Vocabulary vocabulary;
        private long outletsCreated = outletResolver.created();

        private Run(Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
        }

        /** Actors and outlets found in an article are tagged by the dictionaries in the next ones. */
        void learn(List<Actor> createdActors) {
            vocabulary.learn(createdActors);
            if (outletsCreated != outletResolver.created()) {
                outletsCreated = outletResolver.created();
                vocabulary = vocabularies.withOutletsReadAgain(vocabulary);
            }
        }
    }

    /**
     * Announces the new articles once the index holds them, since story grouping, which hears of them before
     * the import returns, compares them with the index; so an import's report also means that what it
     * imported can be found, and is grouped.
     */
    private void finish(long imported) {
        if (imported > 0) {
            awaitIndexed();
            events.publishEvent(new ArticlesAdded(imported));
        }
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

    private List<ImportOutcome> importBatch(List<Pending> batch, Run run) {
        if (batch.size() > 1) {
            try {
                return transaction.execute(status -> {
                    // What each article looks up need not see the rows of those before it (an outlet or actor one
                    // creates is flushed at once, duplicates are known from the map), so all are written at commit,
                    // in JDBC batches, instead of before each lookup.
                    entityManager.setFlushMode(FlushModeType.COMMIT);
                    Map<String, Long> stored = new HashMap<>();
                    articles.findByContentHashIn(batch.stream().map(Pending::reading).filter(Capture.class::isInstance)
                            .map(capture -> ((Capture) capture).contentHash()).toList())
                            .forEach(article -> stored.put(article.contentHash(), article.id()));
                    List<ImportOutcome> outcomes = new ArrayList<>(batch.size());
                    batch.forEach(pending -> outcomes.add(importInBatch(pending, run, stored)));
                    return outcomes;
                });
            } catch (RuntimeException e) {
                log.info("A batch of {} articles from {} is imported one at a time: {}", batch.size(),
                        batch.get(0).reading().sourceName(), rootMessage(e));
                // The actors the batch created are rolled back with it.
                run.vocabulary = vocabularies.read();
            }
        }
        return batch.stream().map(pending -> importOne(pending, run)).toList();
    }

    /**
     * One article inside its batch's transaction: what cannot be read is reported; what cannot be stored fails the batch.
     * {@code stored} holds the ids of the texts already in the archive, and gains this one.
     */
    private ImportOutcome importInBatch(Pending pending, Run run, Map<String, Long> stored) {
        if (pending.reading() instanceof Unreadable unreadable) {
            return ImportOutcome.failed(unreadable.sourceName(), unreadable.reason(), unreadable.tooLarge());
        }
        Capture capture = (Capture) pending.reading();
        Long existing = stored.get(capture.contentHash());
        if (existing != null) {
            return ImportOutcome.duplicate(capture.sourceName(), existing);
        }
        ArticleDraft draft;
        try {
            draft = pipeline.read(Preparation.await(pending.prepared()), run.vocabulary, furnitureOf(capture));
        } catch (UnreadableInputException e) {
            return ImportOutcome.failed(capture.sourceName(), e.getMessage(), e.isTooLarge());
        }
        Stored article = store(draft, run.vocabulary);
        stored.put(capture.contentHash(), article.outcome().articleId());
        run.learn(article.createdActors());
        return article.outcome();
    }

    private ImportOutcome importOne(Pending pending, Run run) {
        if (pending.reading() instanceof Unreadable unreadable) {
            return ImportOutcome.failed(unreadable.sourceName(), unreadable.reason(), unreadable.tooLarge());
        }
        Capture capture = (Capture) pending.reading();
        for (int attempt = 1; ; attempt++) {
            try {
                Stored stored = transaction.execute(status -> existing(capture)
                        .map(id -> new Stored(ImportOutcome.duplicate(capture.sourceName(), id), List.of()))
                        .orElseGet(() -> store(pipeline.read(Preparation.await(pending.prepared()), run.vocabulary,
                                furnitureOf(capture)), run.vocabulary)));
                run.learn(stored.createdActors());
                return stored.outcome();
            } catch (UnreadableInputException e) {
                return ImportOutcome.failed(capture.sourceName(), e.getMessage(), e.isTooLarge());
            } catch (RuntimeException e) {
                // An outlet the article created went into the run's directory, and is rolled back with the article.
                run.vocabulary = vocabularies.read();
                if (!(e instanceof DataIntegrityViolationException)) {
                    return failed(capture, e);
                }
                Optional<Long> duplicate = existing(capture);
                if (duplicate.isPresent()) {
                    // The same text, committed meanwhile by a concurrent import.
                    return ImportOutcome.duplicate(capture.sourceName(), duplicate.get());
                }
                if (attempt == 2) {
                    return failed(capture, e);
                }
                // An outlet or actor the article names, created meanwhile by a concurrent import, which the
                // vocabulary read again now holds: the article is stored once more with it.
            }
        }
    }

    private Set<String> furnitureOf(Capture capture) {
        return OutletResolver.host(capture.metadata().url()).map(siteFurniture::of).orElse(Set.of());
    }

    private Optional<Long> existing(Capture capture) {
        return transaction.execute(status -> articles.findIdByContentHash(capture.contentHash()));
    }

    /** An article stored, and the actors it was the first to name. */
    private record Stored(ImportOutcome outcome, List<Actor> createdActors) {
    }

    private Stored store(ArticleDraft draft, Vocabulary vocabulary) {
        Capture capture = draft.capture();
        ArticleMetadata metadata = capture.metadata();
        OutletResolver.Resolved resolved = outletResolver.resolve(metadata, draft.signedBy(), capture.text(), draft.language(),
                vocabulary.outletDirectory());
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
        List<Actor> created = detectedActors.tag(article, outlet, draft.foundNames(), vocabulary.outletDirectory());
        articles.save(article);
        OutletResolver.host(metadata.url()).ifPresent(host -> siteFurniture.record(host, capture.text()));
        return new Stored(ImportOutcome.imported(capture.sourceName(), article.getId(), article.getTitle()), created);
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
}
