package org.newsarchive.index;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the whole index from PostgreSQL when it does not hold exactly the rows the database holds
 * for some indexed entity: on first start, after the index directory was lost, after Flyway wrote
 * rows that Hibernate Search never saw, and when an entity became indexed — which tends to come with
 * new fields in the other indexes too. Changes still in the outbox (say, from a node that was killed
 * after committing them) are given time to reach the index first, so that they do not cost a rebuild.
 * Nodes that share an OpenSearch cluster take turns, by a PostgreSQL advisory lock: the first creates
 * the indexes and fills them, the others wait for it and find them complete. (Hibernate Search's own
 * schema management at boot would have them race to create the indexes, and all but one fail; the
 * opensearch profile turns it off.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);
    private static final Duration OUTBOX_WAIT = Duration.ofMinutes(2);

    /** Any number, as long as nothing else in the database takes an advisory lock with it. */
    private static final long LOCK = 0x6e6577735f696478L;

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final IndexOutbox outbox;
    private final DataSource dataSource;
    private final TransactionTemplate readOnly;

    IndexBootstrap(EntityManagerFactory entityManagerFactory, EntityManager entityManager, IndexOutbox outbox,
            DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.dataSource = dataSource;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        try (Connection connection = dataSource.getConnection()) {
            JdbcTemplate locks = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            locks.query("select pg_advisory_lock(?)", rows -> { }, LOCK);
            try {
                rebuildIfIncomplete();
            } finally {
                locks.query("select pg_advisory_unlock(?)", rows -> { }, LOCK);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the index rebuild lock in PostgreSQL: " + e.getMessage(), e);
        }
    }

    private void rebuildIfIncomplete() throws InterruptedException {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        mapping.scope(Object.class).schemaManager().createOrValidate();
        long pending = outbox.pending();
        if (pending > 0) {
            log.info("{} committed changes are waiting in the outbox: indexing them before checking the index", pending);
            if (!outbox.awaitCaughtUp(OUTBOX_WAIT)) {
                log.warn("The outbox still holds changes after {}: checking the index without them", OUTBOX_WAIT);
            }
        }
        List<String> incomplete = readOnly.execute(status -> mapping.allIndexedEntities().stream()
                .filter(type -> inIndex(type.javaClass()) != inDatabase(type.javaClass()))
                .map(SearchIndexedEntity::jpaName).sorted().toList());
        if (incomplete.isEmpty()) {
            log.info("Search index holds every indexed row of the database");
            return;
        }
        log.info("Search index and database disagree on the number of {} rows: rebuilding the index", incomplete);
        IndexRebuild.of(mapping).startAndWait();
        log.info("Search index rebuilt");
    }

    private long inDatabase(Class<?> type) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> count = builder.createQuery(Long.class);
        count.select(builder.count(count.from(type)));
        return entityManager.createQuery(count).getSingleResult();
    }

    private long inIndex(Class<?> type) {
        return Search.session(entityManager).search(type).where(f -> f.matchAll()).fetchTotalHitCount();
    }
}
