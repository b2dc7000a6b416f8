package org.newsarchive.ingest;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The imports running and lately ended, kept in the database so that the admin page sees those of every
 * process, the command line's included. Each update is a statement of its own, outside any import's
 * transaction, so the page sees progress as batches commit.
 */
@Repository
class ImportRuns {

    private static final int SHOWN = 10;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ImportRuns(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long start(String description, long expected) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.queryForObject("""
                insert into import_run (description, expected, started_at, updated_at) values (?, ?, ?, ?) returning id
                """, Long.class, description, expected, now, now);
    }

    /** Counts a batch's outcomes in; true if an admin has asked the import to stop. */
    boolean advance(long id, List<ImportOutcome> outcomes) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                update import_run set done = done + ?, imported = imported + ?, duplicates = duplicates + ?, failed = failed + ?,
                    updated_at = ? where id = ? returning cancel_requested
                """, Boolean.class, outcomes.size(), count(outcomes, ImportOutcome.Status.IMPORTED),
                count(outcomes, ImportOutcome.Status.DUPLICATE), count(outcomes, ImportOutcome.Status.FAILED),
                Timestamp.from(clock.instant()), id));
    }

    void finish(long id) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("update import_run set finished_at = ?, updated_at = ? where id = ?", now, now, id);
    }

    /** Asks a running import to stop after the batch it is storing; false if there is no such running import. */
    boolean cancel(long id) {
        return jdbc.update("update import_run set cancel_requested = true where id = ? and finished_at is null", id) == 1;
    }

    /** The running imports first, then those ended most lately. */
    List<ImportRun> recent() {
        return jdbc.query("""
                select * from import_run order by finished_at is not null, coalesce(finished_at, started_at) desc limit ?
                """, (row, n) -> new ImportRun(row.getLong("id"), row.getString("description"), row.getLong("expected"),
                row.getLong("done"), row.getLong("imported"), row.getLong("duplicates"), row.getLong("failed"),
                row.getTimestamp("started_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
                row.getTimestamp("finished_at") == null ? null : row.getTimestamp("finished_at").toInstant(),
                row.getBoolean("cancel_requested")), SHOWN);
    }

    private static long count(List<ImportOutcome> outcomes, ImportOutcome.Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }
}
