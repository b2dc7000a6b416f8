package org.newsarchive.ingest;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The lines a site repeats on its pages: short lines already seen in two or more captures from the same
 * host are furniture there. Counted with an upsert in the article's own transaction, so a failed import
 * counts nothing.
 */
@Repository
class SiteFurniture {

    static final int MAX_WORDS = 15;
    private static final int MAX_LENGTH = 300;
    private static final int RECURRING = 2;

    private final JdbcTemplate jdbc;

    SiteFurniture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> of(String host) {
        return new HashSet<>(jdbc.queryForList("select line from site_line where host = ? and captures >= ?", String.class,
                host, RECURRING));
    }

    void record(String host, String text) {
        Set<String> lines = new HashSet<>(text.lines().map(String::strip).filter(SiteFurniture::counted).toList());
        jdbc.batchUpdate("""
                insert into site_line (host, line, captures) values (?, ?, 1)
                on conflict (host, line) do update set captures = site_line.captures + 1
                """, lines.stream().map(line -> new Object[] {host, line}).toList());
    }

    private static boolean counted(String line) {
        return !line.isEmpty() && line.length() <= MAX_LENGTH && BoilerplateRemover.words(line) <= MAX_WORDS;
    }
}
