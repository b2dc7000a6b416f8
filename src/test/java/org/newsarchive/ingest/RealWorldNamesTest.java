package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsarchive.actor.NameKey;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.RealWorldSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The 40 real-world captures imported with their manifest URLs: the people, organisations and media a
 * careful reader finds in each must be among the article's tagged actors and citations, written as the
 * text writes them or as one of the tagged actor's or outlet's names, spelling variants folded. An
 * article naming its own outlet ("a TASS correspondent" on tass.com) cites nothing, but the outlet is
 * tagged as its publisher and counts.
 */
@ArchiveTest
@TestPropertySource(properties = "news-archive.test.database=realworld-names")
class RealWorldNamesTest {

    static final double REQUIRED_RECALL = 0.9;

    @Autowired
    Importer importer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tagsNineInTenOfTheNamesACarefulReaderFinds() {
        Map<String, String> urls = RealWorldSet.urls();
        List<ImportSource> sources = urls.entrySet().stream().map(entry -> new ImportSource(entry.getKey(),
                new ByteArrayResource(RealWorldSet.capture(entry.getKey()).getBytes(StandardCharsets.UTF_8)),
                new ByteArrayResource(("{\"url\": \"" + entry.getValue() + "\"}").getBytes(StandardCharsets.UTF_8)))).toList();
        ImportReport report = importer.importAll(sources, outcomes -> { });
        assertThat(report.failed()).isZero();

        Map<String, Set<String>> taggedKeys = new HashMap<>();
        Map<String, Set<String>> taggedNames = new HashMap<>();
        jdbc.query("""
                select a.source_name, substring(a.body, m.start_offset + 1, m.end_offset - m.start_offset), 'actor ' || ac.slug,
                       ac.name || coalesce('|' || (select string_agg(al.alias, '|') from actor_alias al where al.actor_id = ac.id), '')
                from actor_mention m join article a on a.id = m.article_id join actor ac on ac.id = m.actor_id
                union all
                select a.source_name, substring(a.body, c.start_offset + 1, c.end_offset - c.start_offset), 'outlet ' || o.slug,
                       o.name || coalesce('|' || (select string_agg(al.alias, '|') from outlet_alias al where al.outlet_id = o.id), '')
                from citation c join article a on a.id = c.article_id join outlet o on o.id = c.cited_outlet_id
                union all
                select a.source_name, o.name, 'outlet ' || o.slug,
                       o.name || coalesce('|' || (select string_agg(al.alias, '|') from outlet_alias al where al.outlet_id = o.id), '')
                from article a join outlet o on o.id = a.outlet_id
                where exists (select 1 from outlet_alias al where al.outlet_id = o.id and length(al.alias) > 1
                              and a.body ~ ('(^|[^[:alnum:]])' || regexp_replace(al.alias, '([.+*?()\\[\\]{}|^$\\\\])', '\\\\\\1', 'g') || '([^[:alnum:]]|$)'))
                """, row -> {
            String file = row.getString(1);
            Set<String> keys = taggedKeys.computeIfAbsent(file, f -> new HashSet<>());
            keys.add(NameKey.of(row.getString(2)));
            for (String name : row.getString(4).split("\\|")) {
                keys.add(NameKey.of(name));
            }
            taggedNames.computeIfAbsent(file, f -> new HashSet<>()).add(row.getString(3));
        });

        int answers = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (RealWorldSet.Answer answer : RealWorldSet.answers()) {
            for (String name : answer.names()) {
                answers++;
                if (taggedKeys.getOrDefault(answer.file(), Set.of()).contains(NameKey.of(name))) {
                    found++;
                } else {
                    missed.add(answer.file() + " " + name);
                }
            }
        }
        int tagged = taggedNames.values().stream().mapToInt(Set::size).sum();
        double recall = (double) found / answers;
        System.out.printf("names: recall %d/%d (%.0f%%), tagged %d%n", found, answers, 100 * recall, tagged);
        System.out.println("names missed: " + missed);
        jdbc.query("""
                select ac.name, ac.kind, ac.confidence, ac.evidence, count(distinct m.article_id),
                       string_agg(distinct a.source_name, ' ')
                from actor ac join actor_mention m on m.actor_id = ac.id join article a on a.id = m.article_id
                where ac.status = 'DETECTED' group by ac.id order by ac.name
                """, row -> {
            System.out.printf("detected: %s (%s, %.2f, %s) in %d: %s%n", row.getString(1), row.getString(2), row.getDouble(3),
                    row.getString(4), row.getInt(5), row.getString(6));
        });
        jdbc.query("""
                select o.name, count(*), string_agg(distinct a.source_name, ' ') from citation c join outlet o on o.id = c.cited_outlet_id
                join article a on a.id = c.article_id group by o.id order by o.name
                """, row -> {
            System.out.printf("cited: %s x%d in %s%n", row.getString(1), row.getInt(2), row.getString(3));
        });
        assertThat(recall).as("recall; missed: %s", missed).isGreaterThanOrEqualTo(REQUIRED_RECALL);
    }
}
