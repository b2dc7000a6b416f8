package org.newsarchive.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.newsarchive.article.Article;
import org.newsarchive.article.ArticleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the index from PostgreSQL when it does not hold exactly the articles the database holds:
 * on first start, after the index directory was lost, and after Flyway wrote rows that Hibernate
 * Search never saw.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final ArticleRepository articles;
    private final TransactionTemplate readOnly;

    IndexBootstrap(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
            ArticleRepository articles, PlatformTransactionManager transactionManager) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.articles = articles;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        long inDatabase = readOnly.execute(status -> articles.count());
        long inIndex = readOnly.execute(status -> Search.session(entityManager)
                .search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount());
        if (inDatabase == inIndex) {
            log.info("Search index holds all {} articles", inIndex);
            return;
        }
        log.info("Search index holds {} documents but the database {} articles: rebuilding the index", inIndex, inDatabase);
        Search.mapping(entityManagerFactory).scope(Article.class).massIndexer()
                .purgeAllOnStart(true)
                .startAndWait();
        log.info("Search index rebuilt");
    }
}
