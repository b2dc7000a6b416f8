package org.newsarchive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flyway migration 3: the five seed articles and what they contain, as {@code db/seed/articles.sql} inserts
 * them. That SQL was generated once from the rows this migration wrote while it read the captures through
 * the application's own code (the curated reading of {@code db/seed/articles.json}, the alias dictionary,
 * slugs, content hashes), so that no later change to that code changes what a fresh database holds;
 * {@code SeedRowsTest} proves the rows are those. The raw text in it is each capture byte for byte. It stays
 * a Java migration with the checksum it always had, over the manifest and the captures the SQL was
 * generated from, so that the databases seeded before still validate.
 */
@Component
class SeedMigration implements JavaMigration {

    static final String SEED_DIRECTORY = "db/seed/";
    static final String MANIFEST = SEED_DIRECTORY + "articles.json";
    static final String ROWS = SEED_DIRECTORY + "articles.sql";

    /** Jackson's defaults rather than the application's mapper, whose settings a later change may alter. */
    private final JsonMapper json = new JsonMapper();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "seed articles";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        byte[] manifest = read(MANIFEST);
        crc.update(manifest);
        for (JsonNode article : json.readTree(manifest)) {
            crc.update(read(SEED_DIRECTORY + article.get("file").asString()));
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(new String(read(ROWS), StandardCharsets.UTF_8));
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path + " from the classpath", e);
        }
    }
}
