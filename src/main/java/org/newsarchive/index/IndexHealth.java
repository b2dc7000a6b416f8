package org.newsarchive.index;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.newsarchive.article.Article;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The index's lag behind the database, as {@code searchIndex} in health: how many committed articles
 * it does not hold yet, and how many committed changes wait in the outbox. Lag is reported, not treated
 * as failure; an index that cannot be read is DOWN. The database's articles are read from the count
 * its triggers keep (V12), not counted at each call.
 */
@Component("searchIndex")
class IndexHealth extends AbstractHealthIndicator {

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final IndexOutbox outbox;
    private final TransactionTemplate readOnly;

    IndexHealth(EntityManager entityManager, JdbcTemplate jdbc, IndexOutbox outbox, PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** A failure to count, such as an unreachable database, is reported DOWN by the base class. */
    @Override
    protected void doHealthCheck(Health.Builder health) {
        long inDatabase = jdbc.queryForObject("select articles from article_count", Long.class);
        long inIndex = readOnly.execute(status -> Search.session(entityManager).search(Article.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
        health.up().withDetail("articles", inDatabase).withDetail("indexed", inIndex)
                .withDetail("lag", Math.max(0, inDatabase - inIndex))
                .withDetail("pendingChanges", outbox.pending()).withDetail("abandonedChanges", outbox.abandoned());
    }
}
