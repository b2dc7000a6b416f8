package org.newsarchive.ingest;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The review list of unknown names; counted with an upsert so that concurrent imports never lose a count. */
@Repository
class NameCandidates {

    static final int MAX_NAME_LENGTH = 200;

    private final JdbcTemplate jdbc;

    NameCandidates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(List<String> names, long articleId) {
        for (String name : names) {
            if (name.length() <= MAX_NAME_LENGTH) {
                jdbc.update("""
                        insert into name_candidate (name, article_count, first_article_id) values (?, 1, ?)
                        on conflict (name) do update
                        set article_count = name_candidate.article_count + 1, last_seen_at = now()
                        """, name, articleId);
            }
        }
    }

    List<NameCandidate> mostFrequent(int limit) {
        return jdbc.query("select name, article_count, first_article_id from name_candidate"
                + " order by article_count desc, name limit ?",
                (row, i) -> new NameCandidate(row.getString(1), row.getInt(2), row.getObject(3, Long.class)), limit);
    }
}
