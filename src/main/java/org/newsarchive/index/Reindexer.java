package org.newsarchive.index;

import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.springframework.stereotype.Service;

/** Rebuilds the whole index from PostgreSQL with Hibernate Search's mass indexer, one rebuild at a time. */
@Service
public class Reindexer {

    private final EntityManagerFactory entityManagerFactory;
    private final AtomicReference<ReindexProgress> progress = new AtomicReference<>(ReindexProgress.IDLE);

    Reindexer(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    public ReindexProgress progress() {
        return progress.get();
    }

    /** Starts a rebuild in the background; false if one is running already. */
    public boolean start() {
        return begin(total -> { }, done -> { }) != null;
    }

    /** Rebuilds and waits, telling the listeners the total and the documents written so far. */
    public ReindexProgress rebuild(LongConsumer onTotal, LongConsumer onDone) throws InterruptedException {
        var rebuild = begin(onTotal, onDone);
        if (rebuild == null) {
            throw new IllegalStateException("A rebuild of the index is running already");
        }
        try {
            rebuild.toCompletableFuture().join();
        } catch (RuntimeException e) {
            // The failure is recorded in the progress.
        }
        return progress();
    }

    private CompletionStage<?> begin(LongConsumer onTotal, LongConsumer onDone) {
        ReindexProgress current = progress.get();
        ReindexProgress started = new ReindexProgress(ReindexProgress.State.RUNNING, 0, 0, Instant.now(), null, null);
        if (current.state() == ReindexProgress.State.RUNNING || !progress.compareAndSet(current, started)) {
            return null;
        }
        AtomicLong done = new AtomicLong();
        AtomicLong total = new AtomicLong();
        MassIndexingMonitor monitor = new MassIndexingMonitor() {
            @Override
            public void documentsAdded(long increment) {
                onDone.accept(done.addAndGet(increment));
                progress.set(new ReindexProgress(ReindexProgress.State.RUNNING, done.get(), total.get(), started.startedAt(), null, null));
            }

            @Override
            public void documentsBuilt(long increment) {
            }

            @Override
            public void entitiesLoaded(long increment) {
            }

            @Override
            public void addToTotalCount(long increment) {
                onTotal.accept(total.addAndGet(increment));
            }

            @Override
            public void indexingCompleted() {
            }
        };
        return IndexRebuild.of(Search.mapping(entityManagerFactory))
                .monitor(monitor)
                .start()
                .whenComplete((result, failure) -> progress.set(new ReindexProgress(
                        failure == null ? ReindexProgress.State.FINISHED : ReindexProgress.State.FAILED,
                        done.get(), total.get(), started.startedAt(), Instant.now(),
                        failure == null ? null : failure.getMessage())));
    }
}
