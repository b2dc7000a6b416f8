package org.newsarchive.index;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The changes committed to the database that the index has yet to take in: Hibernate Search's
 * outbox-polling coordination writes one event per changed entity in the same transaction as the
 * change, and an agent on some app node deletes it once the index has committed it to disk.
 */
@Component
public class IndexOutbox {

    private static final Duration POLL = Duration.ofMillis(50);

    private final JdbcTemplate jdbc;
    private final EntityManagerFactory entityManagerFactory;

    IndexOutbox(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Changes waiting to be indexed, including those being retried after a failure. */
    public long pending() {
        return jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'PENDING'", Long.class);
    }

    /** Changes Hibernate Search gave up on after its retries: the index lacks them until a rebuild. */
    public long abandoned() {
        return jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'ABORTED'", Long.class);
    }

    /**
     * Waits until the index has taken in every change committed before now, or until the timeout;
     * true if it has, and then searches see them. A change whose indexing failed and waits for a retry
     * does not count as taken in.
     */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        Timestamp now = Timestamp.from(Instant.now());
        Instant deadline = Instant.now().plus(timeout);
        while (waiting(now) > 0) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
        // OpenSearch shows what the agents wrote only after its next periodic refresh, up to a second later.
        Search.mapping(entityManagerFactory).scope(Object.class).workspace().refresh();
        return true;
    }

    private long waiting(Timestamp committedBefore) {
        return jdbc.queryForObject("""
                select count(*) from hsearch_outbox_event
                where status = 'PENDING' and (process_after <= ? or retries > 0)""", Long.class, committedBefore);
    }
}
