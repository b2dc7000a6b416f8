package org.newsarchive.database;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's planner statistics in step with a bulk write. A query is planned from the rows the last
 * {@code ANALYZE} counted, and a connection keeps the plans of its foreign-key checks and prepared statements:
 * planned for the five articles of a new archive, each mention's check of its article read the whole table
 * while 10,000 articles were imported, and the outbox's queries read every event written (21.9 s and 27.7 s of
 * PostgreSQL's time, where inserting the articles took 2.5 s). Autovacuum analyzes a grown table a minute late
 * at best, and not at all where it is off. So a table whose rows have doubled since they were counted is
 * analyzed, which also makes the plans that use it be made again. The statistics only speed the writes up: a
 * failure to renew them is logged, and the write goes on.
 */
@Component
public class PlannerStatistics {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);
    /** Below this, a table is small enough for any plan, whatever it has grown by. */
    private static final int SMALL = 50;

    private final JdbcTemplate jdbc;

    PlannerStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Analyzes each table of the database that holds twice the rows the planner counted, or more. */
    public void keepUp() {
        try {
            List<String> grown = jdbc.queryForList("""
                    select format('%I.%I', s.schemaname, s.relname) from pg_stat_user_tables s join pg_class c on c.oid = s.relid
                    where s.n_live_tup >= 2 * greatest(c.reltuples, ?)""", String.class, SMALL);
            if (!grown.isEmpty()) {
                long started = System.nanoTime();
                // A table the connection does not own is skipped with a warning, not an error.
                jdbc.execute("ANALYZE " + String.join(", ", grown));
                log.debug("Analyzed {} in {} ms", grown, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (DataAccessException e) {
            log.warn("The planner's statistics could not be renewed: {}", e.getMostSpecificCause().getMessage());
        }
    }
}
