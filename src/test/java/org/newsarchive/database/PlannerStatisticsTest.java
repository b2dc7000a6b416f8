package org.newsarchive.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.support.RepositoryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@RepositoryTest
// Statistics are counted as transactions end: the inserts must commit.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class PlannerStatisticsTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void dropProbes() {
        jdbc.execute("drop table if exists doubled_probe, grown_probe");
    }

    @Test
    void analyzesATableThatDoubledAndLeavesOneThatGrewLess() throws InterruptedException {
        jdbc.execute("create table doubled_probe (id int primary key)");
        jdbc.execute("create table grown_probe (id int primary key)");
        insertAndReport("insert into grown_probe select generate_series(1, 1000)");
        awaitLiveRows("grown_probe", 1000);
        jdbc.execute("analyze doubled_probe, grown_probe");
        insertAndReport("insert into doubled_probe select generate_series(1, 1000)");
        insertAndReport("insert into grown_probe select generate_series(1001, 1500)");
        awaitLiveRows("doubled_probe", 1000);
        awaitLiveRows("grown_probe", 1500);

        new PlannerStatistics(jdbc).keepUp();

        assertThat(counted("doubled_probe")).isEqualTo(1000);
        assertThat(counted("grown_probe")).isEqualTo(1000);
    }

    @Test
    void aDatabaseThatCannotBeAskedLeavesTheWriteToGoOn() {
        DriverManagerDataSource nowhere = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none");
        PlannerStatistics unreachable = new PlannerStatistics(new JdbcTemplate(nowhere));

        assertThatCode(unreachable::keepUp).doesNotThrowAnyException();
    }

    /** Inserts, and has the connection report its counts to the statistics at once rather than within seconds. */
    private void insertAndReport(String insert) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute(insert);
                statement.execute("select pg_stat_force_next_flush()");
            }
            return null;
        });
    }

    private void awaitLiveRows(String table, long rows) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (liveRows(table) < rows && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(liveRows(table)).isEqualTo(rows);
    }

    private long liveRows(String table) {
        return jdbc.queryForObject("select n_live_tup from pg_stat_user_tables where relname = ?", Long.class, table);
    }

    private long counted(String table) {
        return jdbc.queryForObject("select reltuples::bigint from pg_class where oid = ?::regclass", Long.class, table);
    }
}
