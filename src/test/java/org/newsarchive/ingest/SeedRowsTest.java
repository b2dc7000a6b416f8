package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.support.FreshTestDatabase;
import org.newsarchive.support.RepositoryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seed migration writes today exactly the rows it wrote when it was frozen: on a database migrated
 * up to version 3 and no further, every row of every table it fills, every column as PostgreSQL prints it
 * but the time of the import, hashes to the figures of {@code seed-rows-v3.tsv}, which were taken from the
 * migration as it ran on the application's live code before it was frozen.
 */
@RepositoryTest
// CREATE DATABASE runs outside a transaction.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SeedRowsTest {

    static final Path EXPECTED = Path.of("src/test/resources/ingest/seed-rows-v3.tsv");
    /** The checksum Flyway recorded for migration 3 before it was frozen, which databases seeded then hold. */
    static final int CHECKSUM_BEFORE_FREEZING = -429530548;
    static final List<String> SEEDED_TABLES = List.of("article", "article_caption", "citation", "actor_mention",
            "demand_mention", "quote", "demand_response");

    @Autowired
    HikariDataSource server;

    private final String database = "news_archive_seed_" + UUID.randomUUID().toString().replace("-", "");

    @AfterEach
    void dropTheDatabase() {
        new JdbcTemplate(server).execute("drop database if exists " + database + " with (force)");
    }

    @Test
    void theSeedMigrationWritesTheRowsItWroteWhenItWasFrozen() throws IOException {
        new JdbcTemplate(server).execute("create database " + database);
        DriverManagerDataSource seeded = new DriverManagerDataSource(
                FreshTestDatabase.withDatabase(server.getJdbcUrl(), database), server.getUsername(), server.getPassword());
        Flyway.configure().dataSource(seeded).locations("classpath:db/migration")
                .javaMigrations(new SeedMigration()).target("3").load().migrate();

        JdbcTemplate jdbc = new JdbcTemplate(seeded);
        List<String> rows = SEEDED_TABLES.stream().map(table -> jdbc.queryForObject(
                "select '" + table + "' || chr(9) || count(*) || chr(9)"
                        + " || coalesce(md5(string_agg(row, chr(10) order by row collate \"C\")), '')"
                        + " from (select (to_jsonb(t) - 'imported_at')::text as row from " + table + " t) seeded", String.class))
                .toList();
        System.out.println("Seeded rows (table, rows, md5 of the rows as JSON without imported_at):\n" + String.join("\n", rows));

        assertThat(rows).containsExactlyElementsOf(Files.readAllLines(EXPECTED));
    }

    @Test
    void theChecksumIsTheOneDatabasesSeededBeforeHold() {
        assertThat(new SeedMigration().getChecksum()).isEqualTo(CHECKSUM_BEFORE_FREEZING);
    }
}
