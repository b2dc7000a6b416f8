package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.junit.jupiter.api.Test;
import org.newsarchive.support.ImportingArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;

@ImportingArchiveTest
class BatchedInsertsTest {

    static final int ARTICLES = 5;

    @Autowired
    Importer importer;

    @Autowired
    JpaTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBatchOfArticlesGoesToTheDatabaseInFewerRoundTripsThanRows() {
        RoundTrips roundTrips = new RoundTrips();
        // Each session the import's transactions open reports to the counter, for this import only.
        transactionManager.setEntityManagerInitializer(entityManager -> entityManager.unwrap(Session.class).addEventListeners(roundTrips));
        ImportReport report;
        try {
            report = importer.importAll(List.of(ImportSource.of("summit.jsonl", new ByteArrayResource(summitCoverage()))), outcomes -> { });
        } finally {
            transactionManager.setEntityManagerInitializer(null);
        }

        assertThat(report.imported()).isEqualTo(ARTICLES);
        // The outlet the first article creates is the one the others find, without asking the database for it.
        assertThat(jdbc.queryForObject("select count(*) from outlet where name = 'Summit Wire'", Long.class)).isOne();
        long rows = jdbc.queryForObject("""
                select count(distinct a.id) + count(distinct m.id) + count(distinct q.id)
                from article a join outlet o on o.id = a.outlet_id
                left join actor_mention m on m.article_id = a.id left join quote q on q.article_id = a.id
                where o.name = 'Summit Wire'""", Long.class);
        assertThat(rows).isGreaterThan(ARTICLES * 20);
        // A round trip a row would take a statement for each row written, besides the import's queries.
        assertThat(roundTrips.batches).isPositive();
        assertThat(roundTrips.batches + roundTrips.statements)
                .as("%d batches and %d single statements for %d rows", roundTrips.batches, roundTrips.statements, rows)
                .isLessThan(rows / 2);
    }

    /** Articles that each name actors some thirty times, from one source: one batch, one transaction. */
    private static byte[] summitCoverage() {
        String talks = "Putin met Biden after Lavrov and Blinken spoke in Geneva. NATO and Russia disagreed, and Stoltenberg"
                + " said NATO would not close its door to Ukraine. Ryabkov and Grushko answered that Russia wanted guarantees"
                + " from the United States. Zelensky said Ukraine would decide for itself. Medvedev warned NATO.";
        return IntStream.rangeClosed(1, ARTICLES).mapToObj(day -> ("{\"outlet\": \"Summit Wire\", \"date\": \"2022-01-%02d\","
                + " \"text\": \"Day %d of the talks. %s The day before: %s \\\"We are ready to talk,\\\" Blinken said.\"}\n")
                .formatted(day, day, talks, talks)).collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8);
    }

    /** What the sessions sent to PostgreSQL: statements executed one at a time, and batches. */
    private static final class RoundTrips implements SessionEventListener {

        private long statements;
        private long batches;

        @Override
        public void jdbcExecuteStatementStart() {
            statements++;
        }

        @Override
        public void jdbcExecuteBatchStart() {
            batches++;
        }
    }
}
